import { resolve as resolvePath } from 'node:path';
import { defaultDataDir } from '../data-dir';
import { openDatabase } from '../db/database';
import { describeUnresolved, EXPORT_FORMATS, exportStoredSpeech, isExportFormat, type ExportedFile } from '../export/speech-export';
import { ExportError } from '../export/speech-text';
import { writeFileAtomic } from '../export/write-atomic';
import { UsageError, type Command } from './command';
import { parseOneArgument } from './one-argument';

/**
 * `export`: a speech of the data directory's library as a file. It opens the database itself like `import`, so
 * no host need run; a running host's acknowledged edits are already in the database it reads.
 */
export const exportCommand: Command = {
  summary: 'export a speech as .docx or PDF (official layout), Markdown or plain text (numbers written out, figures resolved)',
  usage: `ID --out FILE [--format ${EXPORT_FORMATS.join('|')}] [--data DIR] [--allow-unresolved]`,
  async run(args, io) {
    const { values, argument: id } = parseOneArgument(args, 'ID', {
        format: { type: 'string', default: 'txt' },
        out: { type: 'string' },
        data: { type: 'string' },
        'allow-unresolved': { type: 'boolean', default: false },
      });
    const format = values.format;
    if (!isExportFormat(format)) throw new UsageError(`format '${format}' is not supported; supported: ${EXPORT_FORMATS.join(', ')}`);
    if (values.out === undefined) throw new UsageError('missing --out FILE');
    const out = resolvePath(values.out);
    const db = openDatabase(values.data === undefined ? defaultDataDir() : resolvePath(values.data));
    let file: ExportedFile;
    try {
      file = await exportStoredSpeech(db, id, format, { allowUnresolved: values['allow-unresolved'] });
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      io.stderr(`speechdesk export: ${error.message}`);
      for (const line of describeUnresolved(error.unresolved)) io.stderr(`  ${line}`);
      if (error.unresolved.length > 0) io.stderr('fill them in, or pass --allow-unresolved to export them as they read');
      return 1;
    } finally {
      db.close();
    }
    try {
      writeFileAtomic(out, file.bytes);
    } catch (error) {
      io.stderr(`speechdesk export: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    // The file is still right in every other respect: a bad stored setting must not block a speech going out.
    for (const problem of file.layoutProblems) io.stderr(`speechdesk export: warning: ${problem.message}`);
    io.stdout(`${out}: written`);
    return 0;
  },
};
