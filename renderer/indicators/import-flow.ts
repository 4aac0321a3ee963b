import type { ColumnMapping, DetectedColumn, ImportPreview } from '../../common/indicators';

/**
 * The file's layout is not the canonical one: a column the host could not place, or a problem of the header row
 * (a required field missing, a field claimed twice). Then the writer says which column is which.
 */
export function needsMapping(preview: ImportPreview): boolean {
  return preview.columns.some((column) => column.field === null && column.header !== '') || preview.errors.some((error) => error.row === 1);
}

/** The mapping as the preview detected it: every header with the field it was read as (null: ignored). */
export function mappingOfColumns(columns: readonly DetectedColumn[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const column of columns) if (column.header !== '') mapping[column.header] = column.field;
  return mapping;
}

/** Nothing is written while a single error remains, and a file without rows has nothing to write. */
export const canCommit = (preview: ImportPreview): boolean => preview.errors.length === 0 && preview.rows.length > 0;

/** Errors in the order a writer fixes them: row by row, left to right. */
export function errorsInSheetOrder(preview: ImportPreview): ImportPreview['errors'] {
  return [...preview.errors].sort((a, b) => a.row - b.row || (a.column ?? '').length - (b.column ?? '').length || (a.column ?? '').localeCompare(b.column ?? ''));
}
