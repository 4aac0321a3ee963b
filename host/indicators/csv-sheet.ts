import { CsvError, parse } from 'csv-parse/sync';
import { EMPTY_CELL, SheetReadError, type Sheet } from './sheet';

/**
 * Comma-separated text (already decoded) as a sheet. Row numbers count records, as Excel shows the file: a
 * quoted cell spanning lines is still one row, and empty lines stay as empty rows so later numbers match.
 */
export function readCsvSheet(text: string): Sheet {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      // csv-parse counts the records it completed before the one it failed in.
      const row = typeof error.records === 'number' ? error.records + 1 : 1;
      throw new SheetReadError(`the file is no readable CSV: ${error.message}`, row);
    }
    throw error;
  }
  return {
    rows: records.map((fields, index) => ({
      row: index + 1,
      cells: fields.map((field) => (field === '' ? EMPTY_CELL : { kind: 'text' as const, text: field })),
    })),
  };
}
