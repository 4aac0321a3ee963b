import * as Y from 'yjs';
import type { DocumentStore } from '../db/document-store';

/** After this many stored updates a document's updates are merged into its snapshot. */
export const COMPACTION_THRESHOLD = 200;

/** Merges a document's snapshot and updates into one snapshot; false when there was nothing to merge. */
export function compactDocument(store: DocumentStore, docId: string): boolean {
  return store.compact(docId, (parts) => Y.mergeUpdates(parts));
}

/**
 * Decides when compaction runs. It never runs inside the update event that stores an update (that would delay
 * the client's acknowledgement), but on the next turn of the event loop.
 */
export class CompactionScheduler {
  private readonly counts = new Map<string, number>();
  private readonly queued = new Map<string, NodeJS.Immediate>();

  constructor(
    private readonly store: DocumentStore,
    private readonly onError: (error: unknown, docId: string) => void,
    private readonly threshold = COMPACTION_THRESHOLD,
  ) {}

  /** Starts counting from the updates already stored, e.g. when a document is loaded. */
  resetCount(docId: string, stored: number): void {
    this.counts.set(docId, stored);
    if (stored >= this.threshold) this.schedule(docId);
  }

  noteUpdate(docId: string): void {
    const count = (this.counts.get(docId) ?? 0) + 1;
    this.counts.set(docId, count);
    if (count >= this.threshold) this.schedule(docId);
  }

  schedule(docId: string): void {
    if (this.queued.has(docId)) return;
    this.queued.set(
      docId,
      setImmediate(() => {
        this.queued.delete(docId);
        this.run(docId);
      }),
    );
  }

  run(docId: string): void {
    this.counts.set(docId, 0);
    try {
      compactDocument(this.store, docId);
    } catch (error) {
      this.onError(error, docId);
    }
  }

  /** Compacts every document with stored updates now, e.g. on shutdown. */
  runAll(): void {
    this.cancel();
    for (const docId of this.store.documentsWithUpdates()) this.run(docId);
  }

  cancel(): void {
    for (const immediate of this.queued.values()) clearImmediate(immediate);
    this.queued.clear();
  }
}
