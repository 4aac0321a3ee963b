import * as decoding from 'lib0/decoding';

/** Message types of the Hocuspocus 3 protocol (MessageType in @hocuspocus/server; not exported by the package). */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
} as const;

/** Steps of a Sync message (y-protocols/sync). */
export const SyncStep = { Step1: 0, Step2: 1, Update: 2 } as const;

/**
 * The Yjs update a frame asks the host to apply (a Sync or SyncReply message of step 2 or update), or null for
 * every other frame. Expects a frame that message-guard.ts found well-formed.
 */
export function carriedUpdate(frame: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SyncStep.Step2 && step !== SyncStep.Update) return null;
  return decoding.readVarUint8Array(decoder);
}
