import type { HistoryEntry, ObservationFigures } from '../../common/indicators';

export type FigureName = keyof ObservationFigures;

const FIGURES: readonly FigureName[] = ['value', 'rank', 'rankOf', 'target', 'source', 'note'];

export interface FigureChange {
  figure: FigureName;
  old: string | number | null;
  new: string | number | null;
}

/**
 * What one history entry changed, figure by figure, for the "old → new" lines. A created observation lists the
 * figures it was given; a deleted one the figures it had.
 */
export function figureChanges(entry: HistoryEntry): FigureChange[] {
  return FIGURES.filter((figure) => (entry.old?.[figure] ?? null) !== (entry.new?.[figure] ?? null)).map((figure) => ({
    figure,
    old: entry.old?.[figure] ?? null,
    new: entry.new?.[figure] ?? null,
  }));
}
