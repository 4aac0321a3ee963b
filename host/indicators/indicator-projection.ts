import type * as Y from 'yjs';
import { INDICATORS_MAP, type ProjectedIndicator } from '../../common/indicators';
import type { IndicatorStore } from './indicator-store';

/** Every indicator with its observations by period key, as the projection document holds them. */
export function projectIndicators(store: IndicatorStore): Map<string, ProjectedIndicator> {
  const observations = store.allObservations();
  return new Map(
    store.list().map((indicator) => [
      indicator.id,
      {
        ...indicator,
        observations: Object.fromEntries(
          (observations.get(indicator.id) ?? []).map(({ indicatorId: _omitted, ...observation }) => [observation.period, observation]),
        ),
      },
    ]),
  );
}

/**
 * Brings the projection's map in line with the store in one Yjs transaction, touching only the indicators
 * that differ, so that a changed figure sends one small update to the connected clients.
 */
export function syncProjection(ydoc: Y.Doc, store: IndicatorStore): void {
  const map = ydoc.getMap<ProjectedIndicator>(INDICATORS_MAP);
  const wanted = projectIndicators(store);
  ydoc.transact(() => {
    for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
    for (const [id, entry] of wanted) {
      if (JSON.stringify(map.get(id)) !== JSON.stringify(entry)) map.set(id, entry);
    }
  });
}
