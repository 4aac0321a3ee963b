import { useSyncExternalStore, type ReactNode } from 'react';
import type { EditorSnapshot } from '../editor/types';

/**
 * The open editor's latest snapshot, kept outside React state: each component subscribes to the slices it
 * shows. A keystroke changes 字数 and the spoken blocks, and should re-render the status bar, not the whole
 * speech screen with its top bar, toolbar, outline and panel rail (that re-render was most of a typed
 * character's frame). The editor keeps every unchanged slice's identity (keepUnchanged), so a slice compares
 * by identity.
 */
export class SnapshotStore {
  private current: EditorSnapshot | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(initial: EditorSnapshot | null = null) {
    this.current = initial;
  }

  readonly get = (): EditorSnapshot | null => this.current;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(snapshot: EditorSnapshot | null): void {
    if (snapshot === this.current) return;
    this.current = snapshot;
    for (const listener of this.listeners) listener();
  }
}

/**
 * One slice of the snapshot, re-rendering the component only when that slice changes. `select` must return a
 * primitive or a slice of the snapshot itself (never a new object or array made on each call: React would
 * take every call for a change).
 */
export function useSnapshot<T>(store: SnapshotStore, select: (snapshot: EditorSnapshot | null) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** A part of a screen drawn from a slice of the snapshot: only this part re-renders when the slice changes. */
export function SnapshotSlice<T>({ snapshots, select, children }: { snapshots: SnapshotStore; select: (snapshot: EditorSnapshot | null) => T; children: (slice: T) => ReactNode }) {
  return children(useSnapshot(snapshots, select));
}
