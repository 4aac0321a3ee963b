import { basename, extname } from 'node:path';
import { indicatorFileFormatSchema, type ImportPreview } from '../../common/indicators';
import { decodeText } from '../import/decode-text';
import { ImportError as TextImportError } from '../import/import-error';
import { readCsvSheet } from './csv-sheet';
import { IndicatorError } from './indicator-store';
import { SheetReadError, type Sheet } from './sheet';
import { readXlsxSheet } from './xlsx-sheet';

export type SheetFileOutcome = { ok: true; sheet: Sheet } | { ok: false; preview: ImportPreview };

/**
 * Reads an indicator file by its extension. CSV text is decoded by the speech import's decoder (UTF-8 with or
 * without BOM, GBK/GB18030 as Excel saves "CSV" in a Chinese locale, UTF-16 with BOM). A file that cannot be
 * read at all comes back as a preview with one error, so callers report it like any other import error.
 */
export async function readSheetFile(filename: string, bytes: Uint8Array): Promise<SheetFileOutcome> {
  const format = indicatorFileFormatSchema.safeParse(extname(filename).slice(1).toLowerCase());
  if (!format.success) throw new IndicatorError('bad_request', `${basename(filename)}: an indicator file is .csv or .xlsx`);
  try {
    const sheet = format.data === 'csv' ? readCsvSheet(decodeText(bytes, basename(filename)).text) : await readXlsxSheet(bytes);
    return { ok: true, sheet };
  } catch (error) {
    if (!(error instanceof SheetReadError) && !(error instanceof TextImportError)) throw error;
    const row = error instanceof SheetReadError ? error.row : 1;
    return { ok: false, preview: { file: filename, columns: [], rows: [], errors: [{ row, column: null, field: null, message: error.message }] } };
  }
}
