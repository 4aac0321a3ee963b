import type { afterLoadDocumentPayload, afterUnloadDocumentPayload, beforeUnloadDocumentPayload, Extension, onLoadDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { parseCollabDocumentName } from '../../common/collab';
import { INDICATORS_DOCUMENT } from '../../common/indicators';
import type { DocumentStore } from '../db/document-store';
import type { CompactionScheduler } from './compaction';
import type { MetadataRefresh } from './metadata-refresh';
import { CollabRefusal } from './refusal';

export interface PersistenceOptions {
  store: DocumentStore;
  metadata: MetadataRefresh;
  compaction: CompactionScheduler;
  onError(error: unknown, docId: string): void;
}

/**
 * The durability of speeches. Loading applies the stored snapshot and updates; every later update is appended
 * to SQLite synchronously inside the Y.Doc 'update' event. Hocuspocus 3.4 applies an incoming update with
 * Y.applyUpdate and writes SyncStatus only after it returns (MessageReceiver.readSyncMessage), so an update the
 * client sees acknowledged has been committed. Hocuspocus's own onStoreDocument is debounced and not used.
 * The indicator projection (INDICATORS_DOCUMENT) is no speech: it is rebuilt from SQLite, never stored here.
 * A speech's comments document (`<id>/comments`) is stored the same way as its text, in its own tables.
 */
export class PersistenceExtension implements Extension {
  readonly extensionName = 'speechdesk-persistence';

  constructor(private readonly options: PersistenceOptions) {}

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
    document.on('update', (update: Uint8Array) => {
      try {
        store.appendUpdate(documentName, update);
      } catch (error) {
        onError(error, documentName);
        // Not stored means not acknowledged: throwing here aborts the message before SyncStatus is sent, and
        // the clients, once reconnected to a reloaded document, send the update again.
        instance.closeConnections(documentName);
        throw error;
      }
      compaction.noteUpdate(documentName);
      if (isText) metadata.schedule(documentName, document);
    });
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    if (documentName !== INDICATORS_DOCUMENT && this.options.store.isOpen) this.options.metadata.flush(documentName);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    if (documentName !== INDICATORS_DOCUMENT && this.options.store.isOpen) this.options.compaction.schedule(documentName);
  }
}
