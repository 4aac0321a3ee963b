import {
  Connection,
  type afterLoadDocumentPayload,
  type afterUnloadDocumentPayload,
  type beforeHandleMessagePayload,
  type beforeUnloadDocumentPayload,
  type Extension,
  type onLoadDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import type { DocumentStore } from '../db/document-store';
import { carriedUpdate } from './collab-frame';
import type { CompactionScheduler } from './compaction';
import { GroupCommit } from './group-commit';
import type { MetadataRefresh } from './metadata-refresh';
import { CollabRefusal } from './refusal';

export interface PersistenceOptions {
  store: DocumentStore;
  metadata: MetadataRefresh;
  compaction: CompactionScheduler;
  onError(error: unknown, docId: string): void;
}

/**
 * The durability of speeches: an update a client sees acknowledged has been committed (synchronous=FULL).
 * Loading applies the stored snapshot and updates. A client's update is stored before Hocuspocus applies it:
 * Hocuspocus 3.4 awaits the beforeHandleMessage hooks of a frame, then applies it (MessageReceiver) and only
 * then writes SyncStatus. The hook hands the frame's update to the group commit and waits for its transaction,
 * so the updates of one turn of the event loop, from every connection, share one disk sync. Updates of other
 * origins (restore, seeding, automatic versions) are stored synchronously inside the Y.Doc 'update' event.
 * Hocuspocus's own onStoreDocument is debounced and not used.
 * The indicator projection (INDICATORS_DOCUMENT) is no speech: it is rebuilt from SQLite, never stored here.
 * A speech's comments document (`<id>/comments`) is stored the same way as its text, in its own tables.
 */
export class PersistenceExtension implements Extension {
  readonly extensionName = 'speechdesk-persistence';
  private readonly commits: GroupCommit;
  /** Per connection, its last frame still on its way through this hook: frames must reach Hocuspocus in order. */
  private readonly inFlight = new WeakMap<Connection, Promise<void>>();
  /** Connections with an update that could not be stored: nothing more of theirs is applied. */
  private readonly failed = new WeakSet<Connection>();

  constructor(private readonly options: PersistenceOptions) {
    this.commits = new GroupCommit(options.store, (updates) => {
      for (const { name } of updates) options.compaction.noteUpdate(name);
    });
  }

  /**
   * Throws rather than leave an empty or partial document in memory: Hocuspocus then refuses the connection
   * and drops the document, so nothing can later be stored over the real content.
   */
  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT) return;
    const { store } = this.options;
    if (!store.getDocument(parseCollabDocumentName(documentName).speechId)) throw new CollabRefusal(`document ${documentName} not found`);
    const { snapshot, updates } = store.loadState(documentName);
    const parts = [...(snapshot ? [snapshot] : []), ...updates.map((update) => update.data)];
    try {
      // Decode everything before applying anything: Y.applyUpdate integrates structs before it reads the
      // delete set, so a broken part could otherwise be half applied.
      for (const part of parts) Y.decodeUpdate(part);
      document.transact(() => {
        for (const part of parts) Y.applyUpdate(document, part);
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CollabRefusal(`stored data of document ${documentName} cannot be read (${detail}); it was left unchanged`);
    }
  }

  async afterLoadDocument({ documentName, document, instance }: afterLoadDocumentPayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT) return;
    const { store, metadata, compaction, onError } = this.options;
    const isText = parseCollabDocumentName(documentName).kind === 'speech';
    compaction.resetCount(documentName, store.countUpdates(documentName));
    document.on('update', (update: Uint8Array, origin: unknown) => {
      // A connection's update was stored by beforeHandleMessage before Hocuspocus applied it.
      if (!(origin instanceof Connection)) {
        try {
          store.appendUpdate(documentName, update);
        } catch (error) {
          onError(error, documentName);
          // Not stored means not acknowledged: the clients, once reconnected to a reloaded document, send
          // their updates again.
          instance.closeConnections(documentName);
          throw error;
        }
        compaction.noteUpdate(documentName);
      }
      if (isText) metadata.schedule(documentName, document);
    });
  }

  /**
   * Stores the update a frame carries before Hocuspocus applies and acknowledges it. A read-only connection's
   * updates are dropped by Hocuspocus, so they are never stored. Frames without a change (an empty sync step
   * 2) store nothing. Rejecting makes Hocuspocus close the connection without applying or acknowledging.
   */
  async beforeHandleMessage({ connection, documentName, update: frame }: beforeHandleMessagePayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT) return;
    if (this.failed.has(connection)) throw new Error(`an earlier update of this connection to ${documentName} was not stored`);
    const update = connection.readOnly ? null : carriedUpdate(frame);
    const stored = update && !isEmptyUpdate(update) ? this.commits.append(documentName, update) : undefined;
    const previous = this.inFlight.get(connection);
    if (!stored && !previous) return;
    const done = Promise.all([previous, stored]).then(
      () => undefined,
      (error: unknown) => {
        if (!this.failed.has(connection)) this.options.onError(error, documentName);
        this.failed.add(connection);
        throw error;
      },
    );
    this.inFlight.set(connection, done);
    const settled = () => {
      if (this.inFlight.get(connection) === done) this.inFlight.delete(connection);
    };
    done.then(settled, settled);
    return done;
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    if (documentName !== INDICATORS_DOCUMENT && this.options.store.isOpen) this.options.metadata.flush(documentName);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    if (documentName !== INDICATORS_DOCUMENT && this.options.store.isOpen) this.options.compaction.schedule(documentName);
  }
}

/** An update without structs or deletions (a client with nothing new answering the host's sync step 1). */
function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}
