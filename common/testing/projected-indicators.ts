import type { ProjectedIndicator } from '../indicators';

/** Indicators as the host projects them (common/indicators.ts), for tests of resolution, export and chips. */

export type ProjectedObservation = ProjectedIndicator['observations'][string];

/** An observation with only the figures a test cares about given. */
export function observation(period: string, periodLabel: string, figures: Partial<ProjectedObservation> & { value: number }): ProjectedObservation {
  return { period, periodLabel, rank: null, rankOf: null, target: null, source: null, note: null, changedBy: 'admin', changedAt: '2025-10-09T08:00:00.000Z', ...figures };
}

export function indicator(id: string, name: string, unit: ProjectedIndicator['unit'], observations: ProjectedObservation[]): ProjectedIndicator {
  return { id, name, unit, category: '', description: '', higherIsBetter: true, observations: Object.fromEntries(observations.map((entry) => [entry.period, entry])) };
}
