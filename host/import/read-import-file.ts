import { extname } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../common/api';
import type { SourceParagraph } from '../../common/import/source-paragraph';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';
import { readDocx } from './read-docx';

export const ACCEPTED_EXTENSIONS = ['.txt', '.docx'] as const;
const ACCEPTED = ACCEPTED_EXTENSIONS.join(' and ');

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/u;

function textParagraphs(text: string): SourceParagraph[] {
  return text.split(LINE_BREAK).map((line) => ({ runs: [{ text: line }] }));
}

/** Refuses a file over MAX_IMPORT_BYTES; the CLI asks before it reads the file at all. */
export function checkImportSize(filename: string, size: number): void {
  if (size > MAX_IMPORT_BYTES) throw new ImportError(`${filename} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MiB an import accepts`, 'body');
}

/**
 * Reads an imported file into paragraphs, by its extension. Refuses, with the file's name and the reason,
 * anything that is not a readable .txt or .docx with some text in it.
 */
export async function readImportFile(filename: string, bytes: Uint8Array): Promise<SourceParagraph[]> {
  const extension = extname(filename).toLowerCase();
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
    const what = extension ? `files of type ${extension}` : 'files without an extension';
    throw new ImportError(`${filename}: import accepts ${ACCEPTED} files, not ${what}`, 'query.filename');
  }
  checkImportSize(filename, bytes.length);
  if (bytes.length === 0) throw new ImportError(`${filename} is empty`, 'body');
  const paragraphs = extension === '.txt' ? textParagraphs(decodeText(bytes, filename).text) : await readDocx(bytes, filename);
  if (!paragraphs.some((paragraph) => paragraph.runs.some((run) => /\S/u.test(run.text.replace(/[\u3000\ufeff]/gu, ''))))) {
    throw new ImportError(`${filename} has no text`, 'body');
  }
  return paragraphs;
}
