import * as Y from 'yjs';
import { INDICATORS_MAP, type ProjectedIndicator } from '../../../common/indicators';

export { indicator, observation } from '../../../common/testing/projected-indicators';

/** A stand-in for the host's projection document: the Y.Map a client's provider would fill. */
export function projectionDoc(indicators: ProjectedIndicator[]): { doc: Y.Doc; put(indicator: ProjectedIndicator): void; remove(id: string): void } {
  const doc = new Y.Doc();
  const map = doc.getMap(INDICATORS_MAP);
  const put = (entry: ProjectedIndicator) => doc.transact(() => map.set(entry.id, entry));
  for (const entry of indicators) put(entry);
  return { doc, put, remove: (id) => doc.transact(() => map.delete(id)) };
}
