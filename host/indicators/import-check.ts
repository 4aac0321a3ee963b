import {
  columnLetter,
  IMPORT_FIELD_HEADERS,
  indicatorNameSchema,
  type ColumnMapping,
  type ImportError,
  type ImportField,
  type ImportPreview,
  type ImportRow,
  type IndicatorUnit,
} from '../../common/indicators';
import { CellError, readNumber, readPeriod, readRank, readText, readUnit } from './cell-values';
import { detectColumns, type ColumnLayout } from './import-columns';
import { sameFigures, type IndicatorStore } from './indicator-store';
import { isBlank, type Sheet, type SheetRow } from './sheet';

/** Reads one row's fields, collecting an error per bad cell instead of stopping at the first. */
class RowReader {
  ok = true;

  constructor(
    private readonly sheetRow: SheetRow,
    private readonly layout: ColumnLayout,
    private readonly errors: ImportError[],
  ) {}

  where(field: ImportField): { row: number; column: string | null; field: ImportField } {
    const index = this.layout.fieldIndex.get(field);
    return { row: this.sheetRow.row, column: index === undefined ? null : columnLetter(index), field };
  }

  fail(field: ImportField, message: string): undefined {
    this.ok = false;
    this.errors.push({ ...this.where(field), message });
    return undefined;
  }

  read<T>(field: ImportField, reader: (cell: SheetRow['cells'][number] | undefined) => T | undefined, required = false): T | undefined {
    const index = this.layout.fieldIndex.get(field);
    if (index === undefined) return undefined;
    try {
      const value = reader(this.sheetRow.cells[index]);
      if (value === undefined && required) return this.fail(field, `the cell is empty; ${IMPORT_FIELD_HEADERS[field].zh} is required`);
      return value;
    } catch (error) {
      if (error instanceof CellError) return this.fail(field, error.message);
      throw error;
    }
  }
}

function readName(cell: SheetRow['cells'][number] | undefined): string | undefined {
  const text = readText(cell);
  if (text === undefined) return undefined;
  const parsed = indicatorNameSchema.safeParse(text.normalize('NFKC'));
  if (!parsed.success) throw new CellError(`'${text}': ${parsed.error.issues[0]?.message ?? 'not an indicator name'}`);
  return parsed.data;
}

/**
 * The dry run of an import: every row read against the store as it is now, with every problem named by row and
 * column. Rows that are blank throughout are skipped (spreadsheets keep trailing empty rows).
 */
export function checkImport(file: string, sheet: Sheet, store: IndicatorStore, mapping?: ColumnMapping): ImportPreview {
  const [header, ...body] = sheet.rows;
  if (!header || header.row !== 1 || header.cells.every(isBlank)) {
    const message = 'row 1 must be the header (指标, 期间, 数值, 单位, 排名, 排名范围, 目标, 来源, 备注)';
    return { file, columns: [], rows: [], errors: [{ row: 1, column: null, field: null, message }] };
  }
  const layout = detectColumns(header.cells, mapping);
  if (layout.errors.length > 0) return { file, columns: layout.columns, rows: [], errors: layout.errors };

  const errors: ImportError[] = [];
  const rows: ImportRow[] = [];
  const rowOfObservation = new Map<string, number>();
  const unitInFile = new Map<string, { unit: IndicatorUnit; row: number }>();

  for (const sheetRow of body) {
    if (sheetRow.cells.every(isBlank)) continue;
    const reader = new RowReader(sheetRow, layout, errors);
    const name = reader.read('indicator', readName, true);
    const period = reader.read('period', readPeriod, true);
    const unit = reader.read('unit', readUnit, true);
    const value = reader.read('value', readNumber, true);
    const rank = reader.read('rank', readRank);
    const rankOf = reader.read('rankOf', readRank);
    const target = reader.read('target', readNumber);
    const source = reader.read('source', readText) ?? null;
    const note = reader.read('note', readText) ?? null;

    if (unit !== undefined && unit !== '%') {
      if (value?.percent) reader.fail('value', `'${value.value}%' has a percent sign, but the unit is ${unit}`);
      if (target?.percent) reader.fail('target', `'${target.value}%' has a percent sign, but the unit is ${unit}`);
    }
    if (rank !== undefined && rankOf !== undefined && rank > rankOf) {
      reader.fail('rank', `rank ${rank} is greater than the number ranked (${rankOf}, column ${reader.where('rankOf').column})`);
    }

    const existing = name === undefined ? undefined : store.findByName(name);
    if (name !== undefined && unit !== undefined) {
      const earlier = unitInFile.get(name);
      if (existing && existing.unit !== unit) reader.fail('unit', `${name} is kept in ${existing.unit} in the store, not ${unit}`);
      else if (earlier && earlier.unit !== unit) reader.fail('unit', `row ${earlier.row} gives ${name} in ${earlier.unit}, not ${unit}`);
      else if (!earlier) unitInFile.set(name, { unit, row: sheetRow.row });
    }
    if (name !== undefined && period !== undefined) {
      const key = `${name}\u0000${period.key}`;
      const earlierRow = rowOfObservation.get(key);
      if (earlierRow !== undefined) reader.fail('period', `${name} for ${period.label} is in row ${earlierRow} already`);
      else rowOfObservation.set(key, sheetRow.row);
    }

    if (!reader.ok || name === undefined || period === undefined || unit === undefined || value === undefined) continue;
    const figures = { value: value.value, rank: rank ?? null, rankOf: rankOf ?? null, target: target?.value ?? null, source, note };
    const stored = existing && store.getObservation(existing.id, period.key);
    const change = !stored ? 'new' : sameFigures(stored, figures) ? 'unchanged' : 'changed';
    rows.push({ row: sheetRow.row, indicator: name, indicatorId: existing?.id ?? null, period: period.key, periodLabel: period.label, unit, ...figures, change });
  }
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ row: 2, column: null, field: null, message: 'the file has a header but no rows' });
  }
  return { file, columns: layout.columns, rows, errors };
}
