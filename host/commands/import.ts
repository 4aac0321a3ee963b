import { readFileSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { ImportResult } from '../../common/api';
import { defaultDataDir } from '../data-dir';
import { openDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { ImportError } from '../import/import-error';
import { importSpeech } from '../import/import-speech';
import { checkImportSize } from '../import/read-import-file';
import { createSpeechFromDoc } from '../library/library';
import type { Command, CommandIo } from './command';
import { parseOneArgument } from './one-argument';

const STYLE_NAMES = { speech: '讲话 speech', official: '公文 official' } as const;
const MAX_OUTLINE_TEXT = 30;

function shorten(text: string): string {
  return text.length > MAX_OUTLINE_TEXT ? `${text.slice(0, MAX_OUTLINE_TEXT)}…` : text;
}

function printSummary(result: ImportResult, io: CommandIo): void {
  io.stdout(`已导入 Imported: ${result.title || '(无标题 untitled)'}`);
  io.stdout(`  id: ${result.id}`);
  io.stdout(`  编号 Numbering: ${STYLE_NAMES[result.numberingStyle]}`);
  io.stdout(`  字数 Characters: ${result.characters}`);
  io.stdout(`  提纲 Outline: ${result.headings.length}`);
  for (const heading of result.headings) io.stdout(`  ${'  '.repeat(heading.level)}${heading.number}${shorten(heading.text)}`);
  const keys = result.placeholders.map((placeholder) => placeholder.key);
  io.stdout(`  待填 Slots: ${keys.length}${keys.length > 0 ? ` (${keys.join('、')})` : ''}`);
}

function readFile(path: string): Buffer {
  try {
    checkImportSize(path, statSync(path).size);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new ImportError(`cannot read ${path}: ${reason}`, 'body');
  }
}

/**
 * `import`: a .txt or .docx becomes a new speech in the data directory's library. It opens the database itself,
 * so no host need run; one that does run on the same directory is safe (WAL with a busy timeout: the one insert
 * waits for the host's writes) and loads the new speech from the database when someone opens it.
 */
export const importCommand: Command = {
  summary: 'import a .txt (UTF-8, GBK/GB18030) or .docx speech into the library',
  usage: 'FILE [--data DIR] [--json]',
  async run(args, io) {
    const { values, argument: file } = parseOneArgument(args, 'FILE', { data: { type: 'string' }, json: { type: 'boolean' } });
    const dataDir = values.data === undefined ? defaultDataDir() : resolvePath(values.data);
    try {
      const bytes = readFile(file);
      // The database is opened only once the file has been read and recognised: a bad file touches nothing.
      const result = await importSpeech(file, bytes, (doc, style) => {
        const db = openDatabase(dataDir);
        try {
          return createSpeechFromDoc(new DocumentStore(db), doc, style);
        } finally {
          db.close();
        }
      });
      if (values.json) io.stdout(JSON.stringify(result));
      else printSummary(result, io);
      return 0;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      io.stderr(`speechdesk import: ${error.message}`);
      return 1;
    }
  },
};
