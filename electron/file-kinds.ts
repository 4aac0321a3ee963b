/**
 * The file types the desktop dialogs know, their dialog filters, and the file names the main process
 * writes. Pure: no electron import, so it is unit-tested in Node.
 */
import { basename, extname } from 'node:path';
import type { FileFilter } from 'electron';
import type { DesktopFileKind } from '../common/desktop-api';
import type { MainStrings } from './strings';

export const DESKTOP_FILE_KINDS = ['docx', 'txt', 'pdf', 'md'] as const satisfies readonly DesktopFileKind[];

/** Longest file name stem offered in a save dialog; common file systems allow 255 bytes, CJK takes 3 each. */
const MAX_STEM_LENGTH = 80;

const FILTER_NAME: Record<DesktopFileKind, keyof MainStrings> = {
  docx: 'fileKindDocx',
  txt: 'fileKindTxt',
  pdf: 'fileKindPdf',
  md: 'fileKindMd',
};

/** One filter per kind, in the order asked, so the first kind is the dialog's default. */
export function dialogFilters(kinds: readonly DesktopFileKind[], strings: MainStrings): FileFilter[] {
  return kinds.map((kind) => ({ name: strings[FILTER_NAME[kind]], extensions: [kind] }));
}

/** The kind a chosen path has, or null when its extension is not one of `allowed`. */
export function kindOfPath(path: string, allowed: readonly DesktopFileKind[]): DesktopFileKind | null {
  const extension = extname(path).slice(1).toLowerCase();
  return allowed.find((kind) => kind === extension) ?? null;
}

/**
 * A file name for the save dialog built from text the renderer sent (usually a speech title): no folders,
 * no characters Windows forbids, no control characters, bounded length, and the kind's extension.
 */
export function suggestedFileName(suggested: string, kind: DesktopFileKind): string {
  const stem = basename(suggested.replaceAll('\\', '/'))
    .replace(new RegExp(`\\.${kind}$`, 'i'), '')
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, MAX_STEM_LENGTH)
    .trim();
  return `${stem || 'speech'}.${kind}`;
}

/** The path the user chose, with the kind's extension added when the dialog did not add it (Linux). */
export function withExtension(path: string, kind: DesktopFileKind): string {
  return extname(path).toLowerCase() === `.${kind}` ? path : `${path}.${kind}`;
}
