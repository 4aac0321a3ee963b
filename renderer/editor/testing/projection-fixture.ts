import * as Y from 'yjs';
import { INDICATORS_MAP, type ProjectedIndicator } from '../../../common/indicators';

type Observation = ProjectedIndicator['observations'][string];

/** An observation as the host projects it, with only the figures a test cares about given. */
export function observation(period: string, periodLabel: string, figures: Partial<Observation> & { value: number }): Observation {
  return { period, periodLabel, rank: null, rankOf: null, target: null, source: null, note: null, changedBy: 'admin', changedAt: '2025-10-09T08:00:00.000Z', ...figures };
}

export function indicator(id: string, name: string, unit: ProjectedIndicator['unit'], observations: Observation[]): ProjectedIndicator {
  return { id, name, unit, category: '', description: '', higherIsBetter: true, observations: Object.fromEntries(observations.map((entry) => [entry.period, entry])) };
}

/** A stand-in for the host's projection document: the Y.Map a client's provider would fill. */
export function projectionDoc(indicators: ProjectedIndicator[]): { doc: Y.Doc; put(indicator: ProjectedIndicator): void; remove(id: string): void } {
  const doc = new Y.Doc();
  const map = doc.getMap(INDICATORS_MAP);
  const put = (entry: ProjectedIndicator) => doc.transact(() => map.set(entry.id, entry));
  for (const entry of indicators) put(entry);
  return { doc, put, remove: (id) => doc.transact(() => map.delete(id)) };
}
