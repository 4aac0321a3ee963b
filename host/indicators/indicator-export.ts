import ExcelJS from 'exceljs';
import { IMPORT_FIELD_HEADERS, IMPORT_FIELDS, type Indicator, type IndicatorFileFormat, type Observation } from '../../common/indicators';
import type { IndicatorStore } from './indicator-store';

type ExportValue = string | number | null;

/** The store in the canonical import layout, one row per observation, ordered by indicator then period. */
export function exportRows(store: IndicatorStore): ExportValue[][] {
  const observations = store.allObservations();
  const row = (indicator: Indicator, observation: Observation): ExportValue[] => [
    indicator.name,
    observation.periodLabel,
    observation.value,
    indicator.unit,
    observation.rank,
    observation.rankOf,
    observation.target,
    observation.source,
    observation.note,
  ];
  return store.list().flatMap((indicator) => (observations.get(indicator.id) ?? []).map((observation) => row(indicator, observation)));
}

const HEADER = IMPORT_FIELDS.map((field) => IMPORT_FIELD_HEADERS[field].zh);

/**
 * A CSV field. Text that starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe, so that Excel
 * shows a source or note such as "=HYPERLINK(…)" as text instead of running it; numbers stay numbers.
 */
export function csvField(value: ExportValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM and CRLF line ends: Excel in a Chinese locale then opens it without garbling. */
export function exportCsv(store: IndicatorStore): Buffer {
  const lines = [HEADER, ...exportRows(store)].map((fields) => fields.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function exportXlsx(store: IndicatorStore): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标');
  sheet.addRow(HEADER).font = { bold: true };
  for (const row of exportRows(store)) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 28 : index === 1 ? 18 : 12;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const EXPORT_CONTENT_TYPES: Record<IndicatorFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function exportIndicators(store: IndicatorStore, format: IndicatorFileFormat): Promise<Buffer> {
  return format === 'csv' ? Promise.resolve(exportCsv(store)) : exportXlsx(store);
}
