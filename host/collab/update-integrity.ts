import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Yjs updates that decode but cannot be applied. Y.applyUpdate (yjs 13.6) trusts the references of an item:
 * a reference to another client's item that is not there yet parks the item as pending, but a reference to an
 * item of the item's own client is looked up at once, on the assumption that the client wrote it earlier; one
 * that points at the item itself or later makes the lookup throw half-way through the update (the structs of
 * higher client ids are integrated by then). A struct of length 0 breaks the same lookups (findIndexSS).
 * A wrong parent (an item that is not a type) is no such case: Yjs turns the item into a GC struct; nor is a
 * delete of unknown clocks: it waits as pending. These checks read the update only, so they cost nothing that
 * grows with the document; update-integrity.test.ts mutates the references of real updates at random and finds
 * no other way to make Y.applyUpdate throw on a document without GC structs.
 * One way remains that only the document shows: an item that overlaps clocks the document has, when the last
 * of those is a GC struct (Yjs then links the rest of the item to a struct that is in no list, and throws).
 * Checking it before storing would need the document's state at the moment Hocuspocus applies the update, which
 * other connections' updates change meanwhile; the load (persistence-extension.ts) copes with it instead.
 */

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** Why Y.applyUpdate would throw on this struct, or null. */
function structProblem(struct: Struct): string | null {
  const { client, clock } = struct.id;
  if (struct.length <= 0) return `struct ${client}:${clock} is empty`;
  if (!(struct instanceof Y.Item)) return null;
  for (const ref of [struct.origin, struct.rightOrigin, struct.parent instanceof Y.ID ? struct.parent : null]) {
    if (ref && ref.client === client && ref.clock >= clock) return `item ${client}:${clock} refers to ${ref.client}:${ref.clock}, not written before it`;
  }
  return null;
}

export interface UpdateCheck {
  /** No structs and no deletions (a client with nothing new answering the host's sync step 1). */
  empty: boolean;
  /** Why the update cannot be applied, or null. */
  problem: string | null;
}

/** Decodes an update (once) and tells whether it is empty and whether Y.applyUpdate would throw on it. */
export function checkUpdate(update: Uint8Array): UpdateCheck {
  const { structs, ds } = Y.decodeUpdate(update);
  let problem: string | null = null;
  for (const struct of structs) {
    problem = structProblem(struct);
    if (problem) break;
  }
  return { empty: structs.length === 0 && ds.clients.size === 0, problem };
}

export interface Neutralised {
  update: Uint8Array;
  problems: string[];
}

/**
 * The update with every struct Y.applyUpdate would throw on replaced by a GC struct of the same length (an empty
 * one dropped), or null when there is none. The clocks stay contiguous, so the client's later structs still
 * apply; items placed relative to a GC struct become GC structs themselves, as Yjs does for collected content
 * (a later item overlapping the GC struct can still throw: see above). Everything else is written back as it was.
 */
export function neutraliseUpdate(update: Uint8Array): Neutralised | null {
  const { structs, ds } = Y.decodeUpdate(update);
  const problems: string[] = [];
  const kept: Struct[] = [];
  for (const struct of structs) {
    const problem = structProblem(struct);
    if (!problem) kept.push(struct);
    else {
      problems.push(problem);
      if (struct.length > 0) kept.push(new Y.GC(struct.id, struct.length));
    }
  }
  if (problems.length === 0) return null;
  return { update: encodeUpdate(kept, ds), problems };
}

/** Encodes decoded structs (grouped by client, each client's contiguous) and a delete set as a V1 update. */
export function encodeUpdate(structs: readonly Struct[], ds: DeleteSet): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const runs: Struct[][] = [];
  for (const struct of structs) {
    const run = runs.at(-1);
    if (run?.[0]?.id.client === struct.id.client) run.push(struct);
    else runs.push([struct]);
  }
  encoding.writeVarUint(encoder.restEncoder, runs.length);
  for (const run of runs) {
    const first = run[0] as Struct;
    encoding.writeVarUint(encoder.restEncoder, run.length);
    encoder.writeClient(first.id.client);
    encoding.writeVarUint(encoder.restEncoder, first.id.clock);
    for (const struct of run) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, ds.clients.size);
  for (const [client, deletions] of ds.clients) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, deletions.length);
    for (const { clock, len } of deletions) {
      encoder.writeDsClock(clock);
      encoder.writeDsLen(len);
    }
  }
  return encoder.toUint8Array();
}

/**
 * The update as one update per client and one of its deletions. Y.applyUpdate gives up on the rest of an update
 * at the first struct it throws on, lower client ids and the deletions included; applied piece by piece, only
 * that client's remaining structs are lost.
 */
export function splitByClient(update: Uint8Array): Uint8Array[] {
  const { structs, ds } = Y.decodeUpdate(update);
  const clients = new Map<number, Struct[]>();
  for (const struct of structs) {
    const own = clients.get(struct.id.client);
    if (own) own.push(struct);
    else clients.set(struct.id.client, [struct]);
  }
  return [...[...clients.values()].map((own) => encodeUpdate(own, Y.createDeleteSet())), encodeUpdate([], ds)];
}
