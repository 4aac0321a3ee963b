import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import { AUTO_VERSION_INTERVAL_MS } from '../../common/versions';
import { connectionAuthor, isConnectionOrigin } from '../collab/connection-author';
import type { DocumentStore } from '../db/document-store';
import type { VersionStore } from './version-store';

export interface AutoVersionOptions {
  versions: VersionStore;
  documents: DocumentStore;
  /** Makes the automatic version if the speech changed since its newest version (VersionService.createAuto). */
  create(documentId: string, live: Y.Doc, createdBy: string): unknown;
  /** Milliseconds since the epoch; tests move it. */
  clock: () => number;
  onError(error: unknown, docId: string): void;
  interval?: number;
}

/** Who an automatic version is by when the change that prompted it came from no announced user. */
const HOST_AUTHOR = 'host';

/**
 * Automatic versions while a speech is being edited: after a change, when the speech's newest automatic version
 * (or, without one, the speech itself) is at least an hour old, a version of the speech as it then reads —
 * unless nothing changed since its newest version of any kind. The version is made on the next turn of the
 * event loop, never inside the update event that stores the change, so no acknowledgement waits for it.
 */
export class AutoVersionExtension implements Extension {
  readonly extensionName = 'speechdesk-auto-versions';
  /** When each loaded speech's newest automatic version was made, or the speech was created. */
  private readonly since = new Map<string, number>();
  private readonly queued = new Set<string>();

  constructor(private readonly options: AutoVersionOptions) {}

  async afterLoadDocument({ documentName, document, instance }: afterLoadDocumentPayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT || parseCollabDocumentName(documentName).kind !== 'speech') return;
    const { versions, documents, clock, interval = AUTO_VERSION_INTERVAL_MS } = this.options;
    const created = documents.getDocument(documentName)?.createdAt;
    this.since.set(documentName, versions.latestAutoAt(documentName) ?? (created ? Date.parse(created) : clock()));
    document.on('update', (_update: Uint8Array, origin: unknown) => {
      if (this.queued.has(documentName) || clock() - (this.since.get(documentName) ?? 0) < interval) return;
      const author = isConnectionOrigin(origin) ? connectionAuthor(document, origin.webSocket) : null;
      this.queued.add(documentName);
      setImmediate(() => {
        this.queued.delete(documentName);
        // A speech unloaded meanwhile gets its version at its next change.
        if (instance.documents.get(documentName) !== document) return;
        try {
          if (this.options.create(documentName, document, author?.name ?? HOST_AUTHOR)) this.since.set(documentName, clock());
        } catch (error) {
          this.options.onError(error, documentName);
        }
      });
    });
  }
}
