import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Indicator files as writers make them, for tests: CSV in the encodings Excel saves, and XLSX workbooks. */

export type TestCell = string | number | Date | null | { percent: number };

export const CANONICAL_HEADER = ['指标', '期间', '数值', '单位', '排名', '排名范围', '目标', '来源', '备注'];

export function csvText(rows: TestCell[][]): string {
  const field = (cell: TestCell) => {
    if (cell === null) return '';
    const value = cell instanceof Date ? cell.toISOString() : typeof cell === 'object' ? `${cell.percent * 100}%` : String(cell);
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

export function csvFile(rows: TestCell[][], encoding: 'utf8' | 'utf8-bom' | 'gbk' = 'utf8'): Uint8Array {
  const text = csvText(rows);
  if (encoding === 'gbk') return iconv.encode(text, 'gbk');
  return Buffer.from(encoding === 'utf8-bom' ? `\uFEFF${text}` : text, 'utf8');
}

/** A workbook whose first sheet holds `rows`; `{ percent }` cells are numbers formatted as Excel percentages. */
export async function xlsxFile(rows: TestCell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('数据');
  rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (cell === null) return;
      const target = sheet.getCell(rowIndex + 1, columnIndex + 1);
      if (typeof cell === 'object' && !(cell instanceof Date)) {
        target.value = cell.percent;
        target.numFmt = '0.0%';
      } else target.value = cell;
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function readXlsxRows(bytes: Uint8Array): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
