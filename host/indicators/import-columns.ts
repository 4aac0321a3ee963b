import {
  columnLetter,
  IMPORT_FIELD_HEADERS,
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type ColumnMapping,
  type DetectedColumn,
  type ImportError,
  type ImportField,
} from '../../common/indicators';
import { cellText, type Cell } from './sheet';

/** Header text compared without case, spaces or full-width forms: " Rank_Of " and "ｒａｎｋ_ｏｆ" both match. */
const headerKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const FIELD_BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => {
    const { zh, en } = IMPORT_FIELD_HEADERS[field];
    return [
      [headerKey(zh), field],
      [headerKey(en), field],
      [headerKey(field), field],
    ] as const;
  }),
);

export interface ColumnLayout {
  columns: DetectedColumn[];
  /** 0-based column index of each field the file has. */
  fieldIndex: Map<ImportField, number>;
  errors: ImportError[];
}

/**
 * Reads the header row: the canonical headers (Chinese or English) are recognised, `mapping` names the field of
 * any other header (or null to ignore one). A field claimed by two columns, a mapped header the file lacks and a
 * missing required field are errors of row 1.
 */
export function detectColumns(header: Cell[], mapping: ColumnMapping = {}): ColumnLayout {
  const errors: ImportError[] = [];
  const mapped = new Map(Object.entries(mapping).map(([text, field]) => [headerKey(text), { text, field }]));
  const seenMapped = new Set<string>();
  const fieldIndex = new Map<ImportField, number>();
  const columns = header.map((cell, index): DetectedColumn => {
    const text = cellText(cell).trim();
    const key = headerKey(text);
    const column = columnLetter(index);
    let field: ImportField | null = FIELD_BY_HEADER.get(key) ?? null;
    if (mapped.has(key)) {
      seenMapped.add(key);
      field = mapped.get(key)?.field ?? null;
    }
    if (field !== null) {
      const first = fieldIndex.get(field);
      if (first === undefined) fieldIndex.set(field, index);
      else {
        errors.push({ row: 1, column, field, message: `column ${columnLetter(first)} is ${IMPORT_FIELD_HEADERS[field].zh} already` });
        field = null;
      }
    }
    return { column, header: text, field };
  });
  for (const [key, { text, field }] of mapped) {
    if (!seenMapped.has(key)) errors.push({ row: 1, column: null, field, message: `the mapping names header '${text}', which the file does not have` });
  }
  const required = REQUIRED_IMPORT_FIELDS.map((field) => IMPORT_FIELD_HEADERS[field].zh).join(', ');
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!fieldIndex.has(field)) {
      const { zh, en } = IMPORT_FIELD_HEADERS[field];
      errors.push({ row: 1, column: null, field, message: `no column ${zh} (${en}); the header needs ${required}, or a mapping to them` });
    }
  }
  return { columns, fieldIndex, errors };
}
