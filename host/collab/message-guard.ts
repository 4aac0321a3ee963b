import * as decoding from 'lib0/decoding';
import type { RawData, WebSocket } from 'ws';
import * as Y from 'yjs';
import { MessageType, SyncStep } from './collab-frame';

const AuthToken = 0;

/** WebSocket close code for "invalid frame payload data" (RFC 6455). */
export const MALFORMED_MESSAGE_CLOSE_CODE = 1007;

/**
 * Describes what is wrong with a frame from a client, or returns null for a well-formed one.
 * Hocuspocus 3.4.4 trusts its input: a Yjs update that fails half-way through Y.applyUpdate has already
 * integrated its structs (the delete set is read last), and those reach the document and its 'update' event.
 * So every frame is decoded completely here, Yjs payloads included, before Hocuspocus sees it.
 */
export function findMalformation(frame: Uint8Array): string | null {
  const decoder = decoding.createDecoder(frame);
  try {
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync:
      case MessageType.SyncReply: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SyncStep.Step1) Y.decodeStateVector(payload);
        else if (step === SyncStep.Step2 || step === SyncStep.Update) Y.decodeUpdate(payload);
        else return `unknown sync step ${step}`;
        break;
      }
      case MessageType.Awareness:
        checkAwarenessUpdate(decoding.readVarUint8Array(decoder));
        break;
      case MessageType.Auth: {
        const authType = decoding.readVarUint(decoder);
        if (authType !== AuthToken) return `unexpected auth message ${authType}`;
        decoding.readVarString(decoder);
        break;
      }
      case MessageType.Stateless:
      case MessageType.BroadcastStateless:
        decoding.readVarString(decoder);
        break;
      case MessageType.QueryAwareness:
      case MessageType.Close:
        break;
      default:
        return `unknown message type ${type}`;
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return decoding.hasContent(decoder) ? 'trailing bytes' : null;
}

/** The awareness encoding of y-protocols: entries of client id, clock and a JSON state. */
function checkAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const entries = decoding.readVarUint(decoder);
  for (let i = 0; i < entries; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update');
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** A close reason must fit in a control frame: 123 bytes of UTF-8. */
export function closeReason(reason: string): string {
  return Buffer.from(reason).subarray(0, 123).toString().replace(/\uFFFD+$/, '');
}

/** Ends a guarded socket: nothing it sends from now on reaches Hocuspocus. */
export type EndSocket = (code: number, reason: string) => void;

/**
 * Stands between a client's socket and Hocuspocus: a frame that does not decode closes this socket with a
 * reason and is dropped, together with anything the client sends after it. Other clients and the document
 * never see it. (Hocuspocus listens with ws.on('message') and re-emits queued frames through ws.emit, which
 * is why the guard sits on emit.) Returns the way to end the socket the same way for another reason (an
 * invitation revoked): a client that ignores the close handshake gets nothing more through meanwhile.
 */
export function guardMessages(ws: WebSocket, onMalformed: (problem: string) => void): EndSocket {
  const emit = ws.emit.bind(ws);
  let rejected = false;
  const end: EndSocket = (code, reason) => {
    if (rejected) return;
    rejected = true;
    ws.close(code, reason);
    // A client that does not answer the close handshake must not keep its documents open.
    setTimeout(() => ws.terminate(), 1000).unref();
  };
  ws.emit = (event: string | symbol, ...args: unknown[]): boolean => {
    if (event !== 'message') return emit(event, ...args);
    if (rejected) return false;
    const [data, isBinary] = args as [RawData, boolean | undefined];
    const problem = isBinary === false ? 'text frame' : findMalformation(toBytes(data));
    if (problem === null) return emit(event, ...args);
    onMalformed(problem);
    end(MALFORMED_MESSAGE_CLOSE_CODE, closeReason(`malformed message: ${problem}`));
    return false;
  };
  return end;
}
