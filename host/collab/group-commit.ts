import type { DocumentStore, PendingUpdate } from '../db/document-store';

interface Batch {
  updates: PendingUpdate[];
  committed: Promise<void>;
}

/**
 * Stores the updates that arrive within one turn of the event loop, from every connection and document, in
 * one transaction: with synchronous=FULL each transaction costs a disk sync, and one sync per update blocked
 * the event loop for every other connection. The transaction runs in the check phase (setImmediate), after
 * the poll phase has read every frame waiting on the sockets; the promise of each update settles once its
 * transaction committed or failed.
 */
export class GroupCommit {
  private batch: Batch | null = null;

  constructor(
    private readonly store: DocumentStore,
    private readonly afterCommit: (updates: readonly PendingUpdate[]) => void,
  ) {}

  /** Resolves once the update is on disk; rejects when its transaction failed (then nothing of it is stored). */
  append(name: string, data: Uint8Array): Promise<void> {
    const batch = this.batch ?? this.open();
    batch.updates.push({ name, data });
    return batch.committed;
  }

  private open(): Batch {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const committed = new Promise<void>((onCommit, onFailure) => {
      resolve = onCommit;
      reject = onFailure;
    });
    const batch: Batch = { updates: [], committed };
    this.batch = batch;
    setImmediate(() => {
      this.batch = null;
      try {
        this.store.appendUpdates(batch.updates);
      } catch (error) {
        reject(error);
        return;
      }
      resolve();
      this.afterCommit(batch.updates);
    });
    return batch;
  }
}
