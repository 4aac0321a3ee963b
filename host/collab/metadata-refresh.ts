import type * as Y from 'yjs';
import type { DocumentStore } from '../db/document-store';
import { readSpeechMetadata } from './speech-ydoc';

export const METADATA_DELAY_MS = 300;

/**
 * Keeps the library's title, 字数 and numbering style in step with each open speech. Reading them means
 * converting the whole Y.Doc to ProseMirror, so it runs once typing pauses, not on every keystroke.
 */
export class MetadataRefresh {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; ydoc: Y.Doc }>();

  constructor(
    private readonly store: DocumentStore,
    private readonly onError: (error: unknown, docId: string) => void,
    private readonly delayMs = METADATA_DELAY_MS,
  ) {}

  schedule(docId: string, ydoc: Y.Doc): void {
    const previous = this.pending.get(docId);
    if (previous) clearTimeout(previous.timer);
    this.pending.set(docId, { ydoc, timer: setTimeout(() => this.flush(docId), this.delayMs) });
  }

  /** Runs a scheduled refresh now; does nothing when none is pending. */
  flush(docId: string): void {
    const entry = this.pending.get(docId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(docId);
    this.refresh(docId, entry.ydoc);
  }

  flushAll(): void {
    for (const docId of [...this.pending.keys()]) this.flush(docId);
  }

  refresh(docId: string, ydoc: Y.Doc): void {
    try {
      const current = this.store.getDocument(docId);
      if (current) this.store.updateMetadata(docId, readSpeechMetadata(ydoc, current.numberingStyle));
    } catch (error) {
      this.onError(error, docId);
    }
  }
}
