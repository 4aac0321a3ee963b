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
 * range of content the host had is one. Keys set or removed on one map (a comment's status and text, a
 * paragraph's attributes, a setting) are one change for that map, however many keys and however often: the
 * values they replaced are part of it. What a deleted container held is deleted with it and not counted again.
 */
export function unsyncedChanges(doc: Y.Doc, host: HostState): number {
  const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(host.sv)));
  const deleted = Y.snapshot(doc).ds;
  const isNew = (id: Y.ID) => id.clock >= (host.sv.get(id.client) ?? 0);
  const changedMaps = new Set<Y.AbstractType<unknown>>();
  let count = 0;
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted || Y.isDeleted(deleted, struct.id)) continue;
    if (struct.content instanceof Y.ContentFormat && struct.content.value === null) continue;
    const item = Y.getItem(doc.store, struct.id);
    const parent = item instanceof Y.Item ? (item.parent as Y.AbstractType<unknown> | null) : null;
    if (parent?._item && isNew(parent._item.id)) continue;
    if (item instanceof Y.Item && item.parentSub !== null && parent) changedMaps.add(parent);
    else count += 1;
  }
  deleted.clients.forEach((ranges, client) => {
    const known = host.sv.get(client) ?? 0;
    const hostRanges = host.ds.clients.get(client) ?? [];
    for (const range of ranges) {
      const end = Math.min(range.clock + range.len, known);
      if (range.clock >= end || covered(hostRanges, range.clock, end)) continue;
      if (deletesContent(doc, client, range.clock, end, hostRanges, changedMaps)) count += 1;
    }
  });
  return count + changedMaps.size;
}

/**
 * Whether the deleted range [from, to) of a client removed content the host had; the map values in it that
 * the host had are noted with their map instead (see unsyncedChanges).
 */
function deletesContent(doc: Y.Doc, client: number, from: number, to: number, hostRanges: readonly { clock: number; len: number }[], changedMaps: Set<Y.AbstractType<unknown>>): boolean {
  let content = false;
  for (let clock = from; clock < to; ) {
    const struct = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC;
    const end = Math.min(struct.id.clock + struct.length, to);
    const parent = struct instanceof Y.Item ? (struct.parent as Y.AbstractType<unknown> | null) : null;
    // Content of a deleted container goes with it: deleting a thread or a paragraph is one change.
    if (!covered(hostRanges, clock, end) && !parent?._item?.deleted) {
      if (struct instanceof Y.Item && struct.parentSub !== null && parent) changedMaps.add(parent);
      else content = true;
    }
    clock = end;
  }
  return content;
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
