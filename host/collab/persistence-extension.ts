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
import { checkUpdate, neutraliseUpdate, splitByClient } from './update-integrity';

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
   * Throws rather than leave an empty or partial document in memory when stored data does not decode:
   * Hocuspocus then refuses the connection and drops the document, so nothing can later be stored over the real
   * content. Data that decodes but cannot be applied (update-integrity.ts; stored before the host checked for
   * it, or of a kind only the document's state reveals) must not make the speech unopenable for good: a struct
   * known to break Y.applyUpdate is neutralised first; of a part that still throws, all but the struct Yjs threw
   * on and that client's later ones is applied; the other parts load; each problem is reported. Then the stored rows
   * are replaced by a snapshot of the document as loaded, so the bad bytes are not loaded, nor compacted, again.
   * The normal path stays one decode and one apply per part; only a document with a bad part pays for more.
   */
  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT) return;
    const { store, onError } = this.options;
    if (!store.getDocument(parseCollabDocumentName(documentName).speechId)) throw new CollabRefusal(`document ${documentName} not found`);
    const { snapshot, updates } = store.loadState(documentName);
    const parts = [...(snapshot ? [snapshot] : []), ...updates.map((update) => update.data)];
    const problems: string[] = [];
    try {
      // Decode everything before applying anything: Y.applyUpdate integrates structs before it reads the
      // delete set, so a part that does not decode could otherwise be half applied.
      for (const [index, part] of parts.entries()) {
        if (checkUpdate(part).problem === null) continue;
        const neutralised = neutraliseUpdate(part);
        if (!neutralised) continue;
        parts[index] = neutralised.update;
        problems.push(...neutralised.problems);
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CollabRefusal(`stored data of document ${documentName} cannot be read (${detail}); it was left unchanged`);
    }
    document.transact(() => {
      for (const part of parts) {
        try {
          Y.applyUpdate(document, part);
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error));
          // Yjs skips what it integrated already; the other clients' structs and the deletions still apply.
          for (const piece of splitByClient(part)) {
            try {
              Y.applyUpdate(document, piece);
            } catch {
              // The same struct again: reported above.
            }
          }
        }
      }
    });
    if (problems.length === 0) return;
    onError(new Error(`stored data of document ${documentName} could not all be applied; loaded without it: ${problems.join('; ')}`), documentName);
    // Structs still waiting for others (Yjs keeps them V2-encoded) are stored too, as compaction would keep them.
    const { pendingStructs, pendingDs } = document.store;
    const pending = [pendingStructs?.update, pendingDs].flatMap((update) => (update ? [Y.convertUpdateFormatV2ToV1(update)] : []));
    try {
      store.compact(documentName, () => Y.mergeUpdates([Y.encodeStateAsUpdate(document), ...pending]));
    } catch (error) {
      // The document in memory is whole; the next load tries the repair again.
      onError(error, documentName);
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
   * 2) store nothing. Rejecting makes Hocuspocus close the connection without applying or acknowledging: so
   * does an update Yjs would throw on (update-integrity.ts), which is neither stored nor sent to anyone.
   */
  async beforeHandleMessage({ connection, documentName, update: frame }: beforeHandleMessagePayload): Promise<void> {
    if (documentName === INDICATORS_DOCUMENT) return;
    if (this.failed.has(connection)) throw new Error(`an earlier update of this connection to ${documentName} was not stored`);
    const update = connection.readOnly ? null : carriedUpdate(frame);
    // One decode serves both checks; the integrity check reads the update only, not the document.
    const check = update ? checkUpdate(update) : null;
    if (check?.problem) {
      const error = new Error(`update refused, Yjs cannot apply it: ${check.problem}`);
      this.options.onError(error, documentName);
      this.failed.add(connection);
      throw error;
    }
    const stored = update && check && !check.empty ? this.commits.append(documentName, update) : undefined;
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
