import * as Y from 'yjs';

/**
 * What the host is known to hold of one speech, as a Yjs snapshot (state vector + delete set): everything
 * it sent us, and everything we had when it had acknowledged all we sent. Comparing the local copy with it
 * counts the local changes the host does not have yet, also after a reload while offline.
 */
export type HostState = Y.Snapshot;

export const emptyHostState = (): HostState => Y.createSnapshot(Y.createDeleteSet(), new Map());

/** The union of two known states: the host holds both. */
export function mergeHostStates(a: HostState, b: HostState): HostState {
  const sv = new Map(a.sv);
  b.sv.forEach((clock, client) => sv.set(client, Math.max(clock, sv.get(client) ?? 0)));
  return Y.createSnapshot(Y.mergeDeleteSets([a.ds, b.ds]), sv);
}

/**
 * Adds an update the host sent. A client's items reach the host in clock order, so holding an item means
 * holding every earlier item of its client: the end of the update's items is the new clock.
 */
export function withHostUpdate(state: HostState, update: Uint8Array): HostState {
  const { structs, ds } = Y.decodeUpdate(update);
  const sv = new Map<number, number>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const end = struct.id.clock + struct.length;
    sv.set(struct.id.client, Math.max(end, sv.get(struct.id.client) ?? 0));
  }
  return mergeHostStates(state, Y.createSnapshot(ds, sv));
}

/** The host has acknowledged everything in doc. */
export const hostStateOf = (doc: Y.Doc): HostState => Y.snapshot(doc);

export const encodeHostState = (state: HostState): Uint8Array => Y.encodeSnapshot(state);

/** Null for a stored value that is not a snapshot (a damaged or foreign store): then nothing is known. */
export function decodeHostState(stored: unknown): HostState | null {
  // By tag, not instanceof: IndexedDB may hand back a buffer of another realm.
  if (Object.prototype.toString.call(stored) !== '[object ArrayBuffer]' && !(stored instanceof Uint8Array)) return null;
  try {
    return Y.decodeSnapshot(new Uint8Array(stored as ArrayBuffer));
  } catch {
    return null;
  }
}

/**
 * Counts the places the doc differs from what the host holds, as a writer would count them: content typed in
 * one go (Yjs keeps it as one item), with whatever new paragraph or text it lives in, is one; content typed
 * and erased again is none; a mark set on a range is one (its closing boundary is not counted); each deleted
 * range of content the host had is one.
 */
export function unsyncedChanges(doc: Y.Doc, host: HostState): number {
  const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(host.sv)));
  const deleted = Y.snapshot(doc).ds;
  const isNew = (id: Y.ID) => id.clock >= (host.sv.get(id.client) ?? 0);
  let count = 0;
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted || Y.isDeleted(deleted, struct.id)) continue;
    if (struct.content instanceof Y.ContentFormat && struct.content.value === null) continue;
    const item = Y.getItem(doc.store, struct.id);
    const container = (item instanceof Y.Item ? (item.parent as Y.AbstractType<unknown> | null) : null)?._item;
    if (container && isNew(container.id)) continue;
    count += 1;
  }
  deleted.clients.forEach((ranges, client) => {
    const known = host.sv.get(client) ?? 0;
    const hostRanges = host.ds.clients.get(client) ?? [];
    for (const range of ranges) {
      const end = Math.min(range.clock + range.len, known);
      if (range.clock < end && !covered(hostRanges, range.clock, end)) count += 1;
    }
  });
  return count;
}

/** Whether sorted, merged ranges cover [from, to). */
function covered(ranges: readonly { clock: number; len: number }[], from: number, to: number): boolean {
  let reached = from;
  for (const range of ranges) {
    if (range.clock > reached) break;
    reached = Math.max(reached, range.clock + range.len);
    if (reached >= to) return true;
  }
  return reached >= to;
}
