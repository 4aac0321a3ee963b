import { comparePeriodKeys, type Observation } from '../../common/indicators';
import { periodFromKey, periodName, type Period } from '../../common/period';

/**
 * Which periods one line may join. Values of different period types do not belong on one line (a 前三季度
 * total beside a single month's figure would read as a collapse), so the chart shows one kind at a time:
 * a cumulative period across years (前三季度 of 2023, 2024, 2025), whole years, second halves, single
 * quarters, or months.
 */
export type SeriesKind =
  | { type: 'ytd'; through: number }
  | { type: 'year' }
  | { type: 'half' }
  | { type: 'quarter' }
  | { type: 'month' };

export interface Series {
  id: string;
  kind: SeriesKind;
  /** Oldest first, as a line chart reads left to right. */
  observations: Observation[];
}

function kindOf(period: Period): SeriesKind {
  return period.type === 'ytd' ? { type: 'ytd', through: period.through } : { type: period.type };
}

const idOf = (kind: SeriesKind) => (kind.type === 'ytd' ? `ytd-${kind.through}` : kind.type);

/** The name of a cumulative series as writers say it (前三季度, 1-8月); the other kinds are translated by type. */
export function cumulativeName(through: number): string {
  return periodName({ type: 'ytd', year: 2000, through });
}

/**
 * The observations grouped into series, the series of the newest observation first (the one to show by default),
 * each ordered by comparePeriodKeys, oldest first.
 */
export function chartSeries(observations: readonly Observation[]): Series[] {
  const newestFirst = [...observations].sort((a, b) => comparePeriodKeys(a.period, b.period));
  const byId = new Map<string, Series>();
  for (const observation of newestFirst) {
    const kind = kindOf(periodFromKey(observation.period));
    const id = idOf(kind);
    const series = byId.get(id) ?? { id, kind, observations: [] };
    series.observations.unshift(observation);
    byId.set(id, series);
  }
  return [...byId.values()];
}
