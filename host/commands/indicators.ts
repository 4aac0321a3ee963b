import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import {
  describeImportError,
  importFieldSchema,
  indicatorFileFormatSchema,
  type ColumnMapping,
  type ImportPreview,
  type IndicatorListResponse,
} from '../../common/indicators';
import { defaultDataDir } from '../data-dir';
import { openDatabase, type SqliteDatabase } from '../db/database';
import { exportIndicators, exportRows } from '../indicators/indicator-export';
import { checkImport } from '../indicators/import-check';
import { commitImport } from '../indicators/import-commit';
import { IndicatorError, IndicatorStore } from '../indicators/indicator-store';
import { readSheetFile } from '../indicators/sheet-file';
import { UsageError, type Command, type CommandIo } from './command';

/** Who the CLI records as having changed figures: whoever runs it holds the data directory, like the admin. */
const CLI_ACTOR = 'admin';

const SUBCOMMANDS = ['import', 'list', 'export'] as const;

/** Opens the data directory's database (migrating it) for one piece of work, and closes it whatever happens. */
async function withStore<T>(data: string | undefined, work: (store: IndicatorStore) => T | Promise<T>): Promise<T> {
  const db: SqliteDatabase = openDatabase(data === undefined ? defaultDataDir() : resolvePath(data));
  try {
    return await work(new IndicatorStore(db));
  } finally {
    db.close();
  }
}

/** --map 指标名称=indicator (repeatable): the column mapping of a file in another layout; =ignore drops a column. */
function parseMapping(entries: string[] | undefined): ColumnMapping | undefined {
  if (!entries || entries.length === 0) return undefined;
  const mapping: ColumnMapping = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    const header = entry.slice(0, at).trim();
    const field = entry.slice(at + 1).trim();
    if (at <= 0 || header === '') throw new UsageError(`--map takes HEADER=FIELD, got '${entry}'`);
    if (field === 'ignore') mapping[header] = null;
    else {
      const parsed = importFieldSchema.safeParse(field);
      if (!parsed.success) throw new UsageError(`--map ${entry}: field '${field}' is unknown; use ${importFieldSchema.options.join(', ')} or ignore`);
      mapping[header] = parsed.data;
    }
  }
  return mapping;
}

function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new IndicatorError('bad_request', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function printErrors(preview: ImportPreview, io: CommandIo): void {
  for (const error of preview.errors) io.stderr(`${preview.file}: ${describeImportError(error)}`);
  io.stderr(`${preview.file}: ${preview.errors.length} error(s); nothing was imported`);
}

async function runImport(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { data: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, map: { type: 'string', multiple: true } },
  });
  if (positionals.length !== 1) throw new UsageError('import takes one FILE');
  const file = resolvePath(positionals[0] as string);
  const mapping = parseMapping(values.map);
  const bytes = readInput(file);
  const read = await readSheetFile(file, bytes);
  return withStore(values.data, (store) => {
    if (!read.ok || values['dry-run']) {
      const preview = read.ok ? checkImport(file, read.sheet, store, mapping) : read.preview;
      if (values.json) io.stdout(JSON.stringify(preview, null, 2));
      if (preview.errors.length > 0) {
        printErrors(preview, io);
        return 1;
      }
      const count = (change: string) => preview.rows.filter((row) => row.change === change).length;
      const newIndicators = new Set(preview.rows.filter((row) => row.indicatorId === null).map((row) => row.indicator)).size;
      if (!values.json) {
        io.stdout(`${file}: ${preview.rows.length} rows read, no errors (dry run: nothing written)`);
        io.stdout(`would create ${newIndicators} indicator(s) and ${count('new')} observation(s), change ${count('changed')}, leave ${count('unchanged')} unchanged`);
      }
      return 0;
    }
    const outcome = commitImport(file, read.sheet, store, CLI_ACTOR, mapping);
    if (!outcome.ok) {
      if (values.json) io.stdout(JSON.stringify(outcome.preview, null, 2));
      printErrors(outcome.preview, io);
      return 1;
    }
    const { result } = outcome;
    if (values.json) io.stdout(JSON.stringify(result, null, 2));
    else {
      io.stdout(
        `${file}: imported; ${result.indicatorsCreated} indicator(s) and ${result.observationsCreated} observation(s) created, ` +
          `${result.observationsChanged} changed, ${result.observationsUnchanged} unchanged`,
      );
    }
    return 0;
  });
}

function runList(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, allowPositionals: false, options: { data: { type: 'string' }, json: { type: 'boolean' } } });
  return withStore(values.data, (store) => {
    const observations = store.allObservations();
    const response: IndicatorListResponse = {
      indicators: store.list().map((indicator) => ({ ...indicator, observations: observations.get(indicator.id) ?? [] })),
    };
    if (values.json) {
      io.stdout(JSON.stringify(response, null, 2));
      return 0;
    }
    for (const indicator of response.indicators) {
      const latest = indicator.observations[0];
      const figure = latest ? `${latest.periodLabel} ${latest.value}${indicator.unit}` : 'no figures';
      io.stdout(`${indicator.name} [${indicator.category || '—'}] ${figure} (${indicator.observations.length} period(s))`);
    }
    return 0;
  });
}

async function runExport(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { data: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('export takes one FILE');
  const file = resolvePath(positionals[0] as string);
  const format = indicatorFileFormatSchema.safeParse(extname(file).slice(1).toLowerCase());
  if (!format.success) throw new UsageError(`export writes .csv or .xlsx, not '${extname(file) || file}'`);
  return withStore(values.data, async (store) => {
    const bytes = await exportIndicators(store, format.data);
    writeFileSync(file, bytes);
    io.stdout(`${file}: ${exportRows(store).length} observation(s) exported`);
    return 0;
  });
}

/** `indicators`: import, list and export the indicator store of a data directory, without a running host. */
export const indicatorsCommand: Command = {
  summary: 'import (CSV/XLSX), list or export the indicator store',
  usage: 'import FILE [--data DIR] [--dry-run] [--json] [--map HEADER=FIELD …] | list [--data DIR] [--json] | export FILE [--data DIR]',
  async run(args, io) {
    const [sub, ...rest] = args;
    try {
      switch (sub) {
        case 'import':
          return await runImport(rest, io);
        case 'list':
          return await runList(rest, io);
        case 'export':
          return await runExport(rest, io);
        default:
          throw new UsageError(sub === undefined ? `missing subcommand (${SUBCOMMANDS.join(', ')})` : `unknown subcommand '${sub}'`);
      }
    } catch (error) {
      if (!(error instanceof IndicatorError)) throw error;
      io.stderr(`speechdesk indicators: ${error.message}`);
      return 1;
    }
  },
};
