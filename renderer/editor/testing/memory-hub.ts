import * as Y from 'yjs';

/**
 * An in-memory stand-in for the host's Hocuspocus document, for tests and the IME harness: clients'
 * network docs exchange updates through a server doc. Delivery is explicit (deliver / deliverAll) so a test
 * decides how messages interleave, and a disconnected client drops what was in flight and resyncs by state
 * vector on reconnect, as the provider does.
 */
export class HubClient {
  connected = true;
  /** Updates this client sent, not yet applied on the server. */
  readonly outbox: Uint8Array[] = [];
  /** Server updates not yet applied on this client. */
  readonly inbox: Uint8Array[] = [];

  constructor(readonly doc: Y.Doc) {}
}

export class MemoryHub {
  readonly server = new Y.Doc();
  readonly clients: HubClient[] = [];

  constructor(
    /** Deliver every message as soon as it is sent. */
    private readonly immediate = false,
  ) {
    this.server.on('update', (update: Uint8Array, origin: unknown) => {
      for (const client of this.clients) {
        if (client === origin || !client.connected) continue;
        client.inbox.push(update);
        if (this.immediate) this.deliver(client);
      }
    });
  }

  join(doc: Y.Doc): HubClient {
    const client = new HubClient(doc);
    this.clients.push(client);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || !client.connected) return;
      client.outbox.push(update);
      if (this.immediate) this.deliver(client);
    });
    this.resync(client);
    return client;
  }

  disconnect(client: HubClient): void {
    client.connected = false;
    client.outbox.length = 0;
    client.inbox.length = 0;
  }

  reconnect(client: HubClient): void {
    client.connected = true;
    this.resync(client);
  }

  /** Applies one client's messages in both directions. */
  deliver(client: HubClient): void {
    if (!client.connected) return;
    for (const update of client.outbox.splice(0)) Y.applyUpdate(this.server, update, client);
    for (const update of client.inbox.splice(0)) Y.applyUpdate(client.doc, update, this);
  }

  /** Delivers until nothing is in flight. */
  deliverAll(): void {
    while (this.clients.some((client) => client.connected && (client.outbox.length > 0 || client.inbox.length > 0))) {
      for (const client of this.clients) this.deliver(client);
    }
  }

  private resync(client: HubClient): void {
    Y.applyUpdate(this.server, Y.encodeStateAsUpdate(client.doc, Y.encodeStateVector(this.server)), client);
    Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(client.doc)), this);
  }
}
