import type { DocumentSummary } from '../../common/api';

/**
 * The host already answers newest change first; sorting again keeps that order after the library
 * changes an item locally (rename, restore) without reloading the whole list.
 */
export function newestFirst(documents: readonly DocumentSummary[]): DocumentSummary[] {
  return [...documents].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id));
}
