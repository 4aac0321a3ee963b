import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { decodeHostState, emptyHostState, encodeHostState, hostStateOf, mergeHostStates, unsyncedChanges, withHostUpdate, type HostState } from './host-state';

/** Key of the last known host state in the database's own store, beside y-indexeddb's updates. */
const HOST_STATE_KEY = 'host-state';

/**
 * The provider that syncs the doc with the host, as far as the copy needs it: the updates it applies carry
 * it as their transaction origin, and it counts the messages the host has not acknowledged yet.
 */
export interface LocalCopyHost {
  readonly isSynced: boolean;
  readonly unsyncedChanges: number;
  on(event: 'unsyncedChanges', listener: () => void): unknown;
  off(event: 'unsyncedChanges', listener: () => void): unknown;
}

/**
 * The prefix of every local copy of one host's documents. Speech ids are only unique on their host, and two
 * hosts' copies of one id must never merge: the name carries the host's collaboration endpoint.
 */
export function localCopyPrefix(collabUrl: string): string {
  const url = new URL(collabUrl);
  return `speechdesk/${encodeURIComponent(`${url.origin}${url.pathname}`)}/`;
}

/** The database of one collaboration document (a speech's text or its comments, common/collab.ts) on one host. */
export function localCopyName(collabUrl: string, documentName: string): string {
  return `${localCopyPrefix(collabUrl)}${encodeURIComponent(documentName)}`;
}

/**
 * A collaboration document kept in this browser's IndexedDB (y-indexeddb), so that it opens without the host
 * and edits made while the host is unreachable survive a reload: a speech's network doc (every local change
 * is relayed there at once, and remote updates land there even while an IME composition holds them back from
 * the editor doc), and its comments doc. Beside the updates it keeps the last known host state, to count what
 * the host lacks.
 */
export class LocalCopy {
  private readonly persistence: IndexeddbPersistence;
  private hostState: HostState = emptyHostState();
  private loadedState = false;
  private copyExisted = false;
  private count: number | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.host) this.setHostState(withHostUpdate(this.hostState, update));
    else this.changed();
  };
  /** Everything sent is acknowledged (the handshake's own reply included): the host holds all the doc has. */
  private readonly onAcknowledgement = (): void => {
    if (this.host.isSynced && this.host.unsyncedChanges === 0) this.acknowledged();
  };
  /** Resolves once the stored copy is in the doc (or there was none). */
  readonly loaded: Promise<void>;

  constructor(
    name: string,
    private readonly doc: Y.Doc,
    private readonly host: LocalCopyHost,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc);
    doc.on('update', this.onUpdate);
    host.on('unsyncedChanges', this.onAcknowledgement);
    this.loaded = this.load();
  }

  /** Whether a stored copy had the document: then the editor can open from it without waiting for the host. */
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
    this.host.off('unsyncedChanges', this.onAcknowledgement);
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
