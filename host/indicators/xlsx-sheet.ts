import ExcelJS from 'exceljs';
import { EMPTY_CELL, SheetReadError, type Cell, type Sheet, type SheetRow } from './sheet';

type ExcelValue = ExcelJS.CellValue;

function isObject(value: ExcelValue): value is Exclude<ExcelValue, null | undefined | number | string | boolean | Date> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** What a cell shows: formulas by their cached result, rich text and hyperlinks by their text. */
function toCell(value: ExcelValue, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'number') return { kind: 'number', number: value, percent: numFmt?.includes('%') ?? false };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (value instanceof Date) return { kind: 'date', date: value };
  if (!isObject(value)) return EMPTY_CELL;
  if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text).join('') };
  if ('error' in value) return { kind: 'text', text: String(value.error) };
  if ('hyperlink' in value) return { kind: 'text', text: value.text };
  if ('result' in value) return toCell(value.result ?? null, numFmt);
  return EMPTY_CELL;
}

/** The first worksheet of an XLSX file; its row numbers and columns are the ones Excel shows. */
export async function readXlsxSheet(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new SheetReadError(`the file is no readable XLSX workbook (${error instanceof Error ? error.message : String(error)})`);
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new SheetReadError('the workbook has no worksheet');
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = toCell(cell.value, cell.numFmt);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? EMPTY_CELL) });
  });
  return { rows };
}
