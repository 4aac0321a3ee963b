import { exportedSpeech, type UnresolvedPlaceholder } from '../../common/export/export-blocks';
import type { LayoutProblem } from '../../common/export/layout-settings';
import { speechHtml } from '../../common/export/html';
import { speechMarkdown } from '../../common/export/markdown';
import { speechPlainText } from '../../common/export/plain-text';
import type { SqliteDatabase } from '../db/database';
import { speechDocx } from './docx';
import { htmlToPdf } from './pdf';
import { ExportError, readStoredSpeech } from './speech-text';

export const EXPORT_FORMATS = ['docx', 'pdf', 'txt', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export interface ExportOptions {
  /** Export placeholders without a value as their fallback text (highlighted in .docx) instead of refusing. */
  allowUnresolved?: boolean;
}

export interface ExportedFile {
  /** The speech's title as it reads, for the file's name. */
  title: string;
  bytes: Uint8Array;
  /** Layout settings of the speech that were stored invalid and left at their defaults. */
  layoutProblems: LayoutProblem[];
}

/** One line per placeholder: kind, key and the text it would be printed as. */
export function describeUnresolved(unresolved: readonly UnresolvedPlaceholder[]): string[] {
  return unresolved.map((placeholder) => `${placeholder.kind} ${placeholder.key}: ${placeholder.text}`);
}

/**
 * A stored speech in one of the export formats. An unfinished speech (an X% or XX项目 still in it) is refused by
 * default, for every format alike, since a figure that reads X% in a printed speech is the mistake exports exist to
 * prevent.
 */
export async function exportStoredSpeech(db: SqliteDatabase, id: string, format: ExportFormat, options: ExportOptions = {}): Promise<ExportedFile> {
  const { title, doc, numberingStyle, context, layout } = readStoredSpeech(db, id);
  const speech = exportedSpeech(doc, numberingStyle, context);
  if (speech.unresolved.length > 0 && !options.allowUnresolved) {
    throw new ExportError('unresolved', `document ${id} has ${speech.unresolved.length} placeholder(s) without a value`, speech.unresolved);
  }
  const file = (bytes: Uint8Array): ExportedFile => ({ title, bytes, layoutProblems: layout.problems });
  switch (format) {
    case 'docx':
      return file(await speechDocx(speech, layout.layout, title));
    case 'pdf':
      return file(await htmlToPdf(speechHtml(speech, layout.layout, title)));
    case 'md':
      return file(Buffer.from(speechMarkdown(speech), 'utf8'));
    case 'txt':
      return file(Buffer.from(speechPlainText(doc, numberingStyle, context), 'utf8'));
  }
}
