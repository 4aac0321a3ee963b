import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../data-dir';
import { openDatabase } from '../db/database';
import { ExportError, storedSpeechText } from '../export/speech-text';
import { writeFileAtomic } from '../export/write-atomic';
import { UsageError, type Command } from './command';

/** The formats written today; Markdown and .docx come later. */
const FORMATS = ['txt'] as const;

/**
 * `export`: a speech of the data directory's library as a file. It opens the database itself like `import`, so
 * no host need run; a running host's acknowledged edits are already in the database it reads.
 */
export const exportCommand: Command = {
  summary: 'export a speech as plain text (numbers written out, figures resolved)',
  usage: `ID --out FILE [--format ${FORMATS.join('|')}] [--data DIR]`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'txt' }, out: { type: 'string' }, data: { type: 'string' } },
    });
    const [id, ...extra] = positionals;
    if (id === undefined) throw new UsageError('missing ID');
    if (extra.length > 0) throw new UsageError(`one ID at a time, got ${positionals.length}`);
    if (!(FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`format '${values.format}' is not supported; supported now: ${FORMATS.join(', ')}`);
    if (values.out === undefined) throw new UsageError('missing --out FILE');
    const out = resolvePath(values.out);
    const db = openDatabase(values.data === undefined ? defaultDataDir() : resolvePath(values.data));
    let text: string;
    try {
      text = storedSpeechText(db, id);
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      io.stderr(`speechdesk export: ${error.message}`);
      return 1;
    } finally {
      db.close();
    }
    try {
      writeFileAtomic(out, text);
    } catch (error) {
      io.stderr(`speechdesk export: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    io.stdout(`${out}: written`);
    return 0;
  },
};
