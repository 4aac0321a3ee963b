import type { AddressInfo } from 'node:net';
import { createApiServer } from './api/api-server';
import { AuthorshipExtension } from './collab/authorship-extension';
import { CollabServer } from './collab/collab-server';
import { openDatabase } from './db/database';
import { DocumentStore } from './db/document-store';
import { defaultStaticDir } from './default-static-dir';
import { IndicatorService } from './indicators/indicator-service';
import { IndicatorStore } from './indicators/indicator-store';
import type { Listen } from './remembered-port';
import { AccessResolver } from './invitations/access';
import { InvitationService } from './invitations/invitation-service';
import { InvitationStore } from './invitations/invitation-store';
import { Library } from './library/library';
import { shippedTemplatesDir } from './templates/shipped-templates-dir';
import { TemplateService } from './templates/template-service';
import { HOST_VERSION } from './version';
import { AuthorStore } from './versions/author-store';
import { AutoVersionExtension } from './versions/auto-version-extension';
import { VersionService } from './versions/version-service';
import { VersionStore } from './versions/version-store';

export interface HostOptions {
  dataDir: string;
  /** A port (0 picks a free one), or a choice made by trying ports with `listen` (host/remembered-port.ts). */
  port: number | ((listen: Listen) => Promise<number>);
  hostname: string;
  token: string;
  /** The built renderer; dist/renderer by default. */
  staticDir?: string;
  /** The shipped speech templates; templates/ at the project root by default. */
  templatesDir?: string;
  onError?: (error: unknown, context: string) => void;
  /** Milliseconds since the epoch, for the times versions are made at; tests move it. */
  clock?: () => number;
}

export interface RunningHost {
  /** Origin of the host, e.g. http://127.0.0.1:4870 (no token, no trailing slash). */
  url: string;
  port: number;
  token: string;
  /** Stops accepting, closes connections, writes out pending work and closes the database. */
  close(): Promise<void>;
}

function logError(error: unknown, context: string): void {
  console.error(`speechdesk: ${context}:`, error instanceof Error ? error.message : error);
}

/** Hosts to listen on that a browser cannot open; the URL names the loopback address instead. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);
/** How long requests still running when the host is asked to stop may take to finish. */
const SHUTDOWN_GRACE_MS = 2000;

function urlFor(hostname: string, port: number): string {
  const host = WILDCARD_HOSTS.has(hostname) ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname;
  return `http://${host}:${port}`;
}

/** Starts the whole host on one port: API, renderer files and the collaboration WebSocket. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const onError = options.onError ?? logError;
  const db = openDatabase(options.dataDir);
  try {
    const store = new DocumentStore(db);
    const indicatorStore = new IndicatorStore(db);
    const clock = options.clock ?? Date.now;
    const versionStore = new VersionStore(db, clock);
    const invitationStore = new InvitationStore(db);
    const access = new AccessResolver(options.token, invitationStore, clock);
    const authors = new AuthorStore(db, (error) => onError(error, 'recording the authors of changes'));
    const collab = new CollabServer({
      store,
      indicators: indicatorStore,
      access,
      onError,
      extensions: [
        new AuthorshipExtension(authors),
        // Changes arrive only once the host listens, after `versions` exists.
        new AutoVersionExtension({ versions: versionStore, documents: store, clock, onError: (error, docId) => onError(error, `automatic version of document ${docId}`), create: (...args): unknown => versions.createAuto(...args) }),
      ],
    });
    const versions = new VersionService(versionStore, authors, store, indicatorStore, collab);
    const invitations = new InvitationService(store, invitationStore, clock, (id, reason) => collab.endInvitation(id, reason));
    const library = new Library(store, collab);
    const app = await createApiServer({
      library,
      templates: new TemplateService(options.templatesDir ?? shippedTemplatesDir(), options.dataDir),
      indicators: new IndicatorService(indicatorStore, store, collab),
      versions,
      db,
      invitations,
      access,
      version: HOST_VERSION,
      staticDir: options.staticDir ?? defaultStaticDir(),
      onError,
    });
    app.server.on('upgrade', collab.handleUpgrade);
    // Fastify can be asked to listen again after a port was refused; the WebSocket upgrade stays attached.
    const listen: Listen = async (port) => {
      await app.listen({ port, host: options.hostname });
      return (app.server.address() as AddressInfo).port;
    };
    const port = typeof options.port === 'number' ? await listen(options.port) : await options.port(listen);

    let closing: Promise<void> | undefined;
    const close = async () => {
      const serverClosed = app.close();
      // Node closes the connections that are idle when the server closes, and then no longer times out the
      // others: a client halfway through a request, or one whose request finished just after, would hold the
      // shutdown for good. In-flight requests get a moment to finish; then every connection goes.
      const forceClose = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await collab.disconnectAll();
      await serverClosed.finally(() => clearTimeout(forceClose));
      collab.flush();
      authors.flush();
      db.close();
    };
    return { url: urlFor(options.hostname, port), port, token: options.token, close: () => (closing ??= close()) };
  } catch (error) {
    db.close();
    throw error;
  }
}
