import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TemplateProblem } from '../../common/api';
import type { TemplateFileText } from '../../common/template/catalog';
import { isTemplateFileName, type TemplateSource } from '../../common/template/template-file';

export interface FolderRead {
  files: TemplateFileText[];
  problems: TemplateProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every template file under `dir` (sub-folders included). `name` turns a path relative to `dir` into
 * the name problems show. A missing folder holds no templates; a file that cannot be read or is not UTF-8
 * (Notepad's "ANSI" is GBK on Chinese Windows) is a problem of that file, not of the folder.
 */
export function readTemplateFolder(dir: string, source: TemplateSource, name: (relativePath: string) => string): FolderRead {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], problems: [] };
    throw error;
  }
  const files: TemplateFileText[] = [];
  const problems: TemplateProblem[] = [];
  for (const entry of entries.filter((path) => isTemplateFileName(path)).sort()) {
    const file = name(entry.split(sep).join('/'));
    try {
      files.push({ file, text: utf8.decode(readFileSync(join(dir, entry))), source });
    } catch (error) {
      const message = error instanceof TypeError ? 'not UTF-8 text: save the file as UTF-8' : `cannot read: ${(error as Error).message}`;
      problems.push({ file, line: 1, message });
    }
  }
  return { files, problems };
}

/** A path relative to the folder, with / on every platform (for names in problems). */
export function relativeName(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}
