import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { afterNextPaint, frameTask, type FrameClock, type FrameTask } from '../frame-task';
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
  /** Updates not written yet, and whether the host state is (see write). */
  private pendingUpdates: Uint8Array[] = [];
  private hostStateWritten = true;
  private readonly writes: FrameTask;
  private readonly writeNow = (): void => this.writes.flush();
  private hostState: HostState = emptyHostState();
  private loadedState = false;
  private copyExisted = false;
  private count: number | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    // What y-indexeddb applies from the database is there already.
    if (origin !== this.persistence) {
      this.pendingUpdates.push(update);
      this.writes.schedule();
    }
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
    writeClock: FrameClock = afterNextPaint,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc);
    // y-indexeddb opens an IndexedDB transaction for every update, inside the task of the keystroke that made
    // it (about 1.5 ms a keystroke in a long speech, a quarter of its work). The copy writes instead what
    // gathered until the frame was painted, as one merged update (and tries at once when the page goes away).
    doc.off('update', this.persistence._storeUpdate);
    this.writes = frameTask(() => this.write(), writeClock);
    doc.on('update', this.onUpdate);
    host.on('unsyncedChanges', this.onAcknowledgement);
    globalThis.addEventListener?.('pagehide', this.writeNow);
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
    this.writes.flush();
    this.doc.off('update', this.onUpdate);
    this.host.off('unsyncedChanges', this.onAcknowledgement);
    globalThis.removeEventListener?.('pagehide', this.writeNow);
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
    this.hostStateWritten = false;
    this.writes.schedule();
    this.changed();
  }

  /**
   * Writes what gathered since the last write. Writes go in order on one store, so the last host state wins;
   * one not written (the page was killed) or a failed write only leaves the count high.
   */
  private write(): void {
    if (this.pendingUpdates.length > 0) {
      const updates = this.pendingUpdates;
      this.pendingUpdates = [];
      this.persistence._storeUpdate(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), null);
    }
    if (!this.hostStateWritten) {
      this.hostStateWritten = true;
      this.persistence.set(HOST_STATE_KEY, new Uint8Array(encodeHostState(this.hostState)).buffer).catch(() => undefined);
    }
  }

  private changed(): void {
    this.count = null;
    for (const listener of this.listeners) listener();
  }
}
