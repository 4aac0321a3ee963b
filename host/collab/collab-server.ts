import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { COLLAB_PATH } from '../../common/api';
import { commentsDocumentName, parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import type { DocumentStore } from '../db/document-store';
import type { IndicatorStore } from '../indicators/indicator-store';
import type { AccessResolver } from '../invitations/access';
import { AuthExtension, type SocketContext } from './auth-extension';
import { CompactionScheduler } from './compaction';
import { IndicatorProjectionExtension } from './indicator-projection-extension';
import { HistoryExtension } from './history-extension';
import { InvitationSockets } from './invitation-sockets';
import { guardMessages } from './message-guard';
import { MetadataRefresh } from './metadata-refresh';
import { PersistenceExtension } from './persistence-extension';

export interface CollabServerOptions {
  store: DocumentStore;
  indicators: IndicatorStore;
  access: AccessResolver;
  onError(error: unknown, context: string): void;
  /** More extensions, run after the host's own (which store an update before anything else sees it). */
  extensions?: Extension[];
}

/** The collaboration side of the host: Hocuspocus with the host's extensions, reached through HTTP upgrades. */
export class CollabServer {
  readonly hocuspocus: Hocuspocus;
  readonly metadata: MetadataRefresh;
  readonly compaction: CompactionScheduler;
  readonly invitationSockets: InvitationSockets;
  private readonly wss = new WebSocketServer({ noServer: true });
  private closing = false;

  constructor(private readonly options: CollabServerOptions) {
    const { store, indicators, access, onError } = options;
    this.invitationSockets = new InvitationSockets(access.now);
    const docError = (what: string) => (error: unknown, docId: string) => onError(error, `${what} of document ${docId}`);
    this.metadata = new MetadataRefresh(store, docError('metadata refresh'));
    this.compaction = new CompactionScheduler(store, docError('compaction'));
    this.hocuspocus = new Hocuspocus({
      quiet: true,
      // Speeches keep their deleted content, so that any version can be compared with any other (see
      // docs/design.md, History). Storage never collects it either: compaction merges updates as they are.
      yDocOptions: { gc: false, gcFilter: () => false },
      extensions: [
        new HistoryExtension(),
        new AuthExtension(store, access),
        new IndicatorProjectionExtension(indicators),
        new PersistenceExtension({ store, metadata: this.metadata, compaction: this.compaction, onError: docError('storing an update') }),
        ...(options.extensions ?? []),
      ],
    });
  }

  /**
   * For the HTTP server's 'upgrade' event: only COLLAB_PATH with a valid token (the admin token or a live
   * invitation) becomes a WebSocket; the socket carries its principal, which every document it opens is checked against.
   */
  handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    if (this.closing) return refuseUpgrade(socket, 503, 'Service Unavailable');
    if (url.pathname !== COLLAB_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    const access = this.options.access.resolve(url.searchParams.get('token'));
    if (!access.ok) return refuseUpgrade(socket, 401, 'Unauthorized');
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      const end = guardMessages(ws, (problem) => this.options.onError(new Error(problem), 'malformed collaboration message'));
      this.invitationSockets.track(ws, access.principal, end);
      const context: SocketContext = { principal: access.principal };
      this.hocuspocus.handleConnection(ws, request, context);
    });
  };

  /** Ends the open connections of an invitation that was revoked, with the reason its clients show. */
  endInvitation(invitationId: string, reason: string): void {
    this.invitationSockets.end(invitationId, reason);
  }

  /** Closes the connections to one speech and its comments, e.g. when it goes to the trash or is deleted. */
  closeDocument(docId: string): void {
    this.hocuspocus.closeConnections(docId);
    this.hocuspocus.closeConnections(commentsDocumentName(docId));
  }

  /** Refuses new connections and ends the open ones; their documents unload. */
  async disconnectAll(): Promise<void> {
    this.closing = true;
    const closed = [...this.wss.clients].map(
      (ws) =>
        new Promise<void>((resolve) => {
          ws.once('close', () => resolve());
          ws.close(1001, 'host shutting down');
          // A client that does not answer the close handshake must not hold the shutdown up.
          setTimeout(() => ws.terminate(), 1000).unref();
        }),
    );
    this.hocuspocus.closeConnections();
    await Promise.all(closed);
    this.wss.close();
  }

  /** Writes out what is pending: the metadata of loaded documents, then compaction of every document. */
  flush(): void {
    this.metadata.flushAll();
    for (const document of this.hocuspocus.documents.values()) {
      if (document.name !== INDICATORS_DOCUMENT && parseCollabDocumentName(document.name).kind === 'speech') this.metadata.refresh(document.name, document);
    }
    this.compaction.runAll();
  }
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  const response = `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`;
  socket.end(response, () => socket.destroy());
}
