import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { decodeHostState, emptyHostState, encodeHostState, hostStateOf, mergeHostStates, unsyncedChanges, withHostUpdate, type HostState } from './host-state';

/** Key of the last known host state in the database's own store, beside y-indexeddb's updates. */
const HOST_STATE_KEY = 'host-state';

/**
 * The database of one speech on one host. Speech ids are only unique on their host, and two hosts' copies of
 * one id must never merge: the name carries the host's collaboration endpoint.
 */
export function localCopyName(collabUrl: string, documentId: string): string {
  const url = new URL(collabUrl);
  return `speechdesk/${encodeURIComponent(`${url.origin}${url.pathname}`)}/${encodeURIComponent(documentId)}`;
}

/**
 * The speech kept in this browser's IndexedDB (y-indexeddb), so that it opens without the host and edits
 * made while the host is unreachable survive a reload. It persists the network doc: every local change is
 * relayed there at once, and remote updates land there even while an IME composition holds them back from
 * the editor doc. Beside the updates it keeps the last known host state, to count what the host lacks.
 */
export class LocalCopy {
  private readonly persistence: IndexeddbPersistence;
  private hostState: HostState = emptyHostState();
  private loadedState = false;
  private copyExisted = false;
  private count: number | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.hostOrigin) this.setHostState(withHostUpdate(this.hostState, update));
    else this.changed();
  };
  /** Resolves once the stored copy is in the doc (or there was none). */
  readonly loaded: Promise<void>;

  constructor(
    name: string,
    private readonly doc: Y.Doc,
    /** The transaction origin of updates the host sent (the provider). */
    private readonly hostOrigin: unknown,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc);
    doc.on('update', this.onUpdate);
    this.loaded = this.load();
  }

  /** Whether a stored copy had the speech: then the editor can open from it without waiting for the host. */
  get existed(): boolean {
    return this.copyExisted;
  }

  /** Local changes the host has not acknowledged; 0 until the stored state is read. */
  get unsynced(): number {
    if (!this.loadedState) return 0;
    this.count ??= unsyncedChanges(this.doc, this.hostState);
    return this.count;
  }

  /** The host has acknowledged everything sent to it, and so holds all the doc has now. */
  acknowledged(): void {
    this.setHostState(hostStateOf(this.doc));
  }

  /** Called when the copy has loaded or the unsynced count may have changed. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
    void this.persistence.destroy();
  }

  private async load(): Promise<void> {
    await this.persistence.whenSynced;
    const stored = decodeHostState(await this.persistence.get(HOST_STATE_KEY));
    // The host may have sent or acknowledged more while the database was read.
    if (stored) this.hostState = mergeHostStates(stored, this.hostState);
    // Had the host synced first, the editor is open already and the answer no longer matters.
    this.copyExisted = this.doc.store.clients.size > 0;
    this.loadedState = true;
    this.changed();
  }

  private setHostState(state: HostState): void {
    this.hostState = state;
    // Writes go in order on one store, so the last one wins; a failed write only leaves the count high.
    this.persistence.set(HOST_STATE_KEY, new Uint8Array(encodeHostState(state)).buffer).catch(() => undefined);
    this.changed();
  }

  private changed(): void {
    this.count = null;
    for (const listener of this.listeners) listener();
  }
}
