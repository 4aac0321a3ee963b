import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';

/** Message types of the Hocuspocus 3 protocol (server → client included). */
const SYNC = 0;
const AUTH = 2;
const SYNC_REPLY = 4;
const SYNC_STATUS = 8;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;
const AUTH_AUTHENTICATED = 2;

/** One Hocuspocus message: the document name, the message type, then what `write` adds. */
export function frame(name: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** How one of the forged frames carries a Yjs update: as an update, as sync step 2, or as a sync reply's step 2. */
export type UpdateCarrier = 'update' | 'sync-step-2' | 'sync-reply';

/**
 * A client that speaks the Hocuspocus protocol by hand, to send what a real provider never would (an update on
 * a read-only connection) and to see exactly what the host answers: its acknowledgements and how it closes.
 */
export class RawCollabClient {
  private readonly ws: WebSocket;
  private readonly statuses: boolean[] = [];
  private statusWaiters: (() => void)[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused with ${response.statusCode}`)));
      this.ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => this.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== SYNC_STATUS) return;
      this.statuses.push(decoding.readVarInt(decoder) === 1);
      for (const wake of this.statusWaiters.splice(0)) wake();
    });
  }

  /** Authenticates for a document; resolves with the scope the host granted, rejects with its refusal. */
  async authenticate(name: string, token: string): Promise<'readonly' | 'read-write'> {
    await this.opened;
    return new Promise((resolve, reject) => {
      const listener = (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarString(decoder) !== name || decoding.readVarUint(decoder) !== AUTH) return;
        this.ws.off('message', listener);
        const kind = decoding.readVarUint(decoder);
        const detail = decoding.readVarString(decoder);
        if (kind === AUTH_AUTHENTICATED) resolve(detail as 'readonly' | 'read-write');
        else reject(new Error(kind === AUTH_PERMISSION_DENIED ? detail : `auth message ${kind}`));
      };
      this.ws.on('message', listener);
      this.ws.send(frame(name, AUTH, (e) => (encoding.writeVarUint(e, AUTH_TOKEN), encoding.writeVarString(e, token))));
    });
  }

  /** Sends a Yjs update for `name` in the given frame and resolves with the host's SyncStatus for it. */
  async sendUpdate(name: string, update: Uint8Array, carrier: UpdateCarrier): Promise<boolean> {
    const index = this.statuses.length;
    const type = carrier === 'sync-reply' ? SYNC_REPLY : SYNC;
    const step = carrier === 'update' ? syncProtocol.messageYjsUpdate : syncProtocol.messageYjsSyncStep2;
    this.ws.send(frame(name, type, (e) => (encoding.writeVarUint(e, step), encoding.writeVarUint8Array(e, update))));
    while (this.statuses.length <= index) await new Promise<void>((resolve) => this.statusWaiters.push(resolve));
    return this.statuses[index] ?? false;
  }

  close(): void {
    this.ws.close();
  }
}
