import { useEffect } from 'react';
import type { DesktopApi } from '../../common/desktop-api';
import type { SaveState } from '../editor/types';
import { useSnapshot, type SnapshotStore } from './snapshot-store';

/**
 * Warns before changes the host has not acknowledged are left behind. The desktop app's main process asks
 * before quitting (electron/quit-guard.ts), told the count through the preload; a browser asks before the
 * page unloads while the host is unreachable. (They are in the local copy either way, but nobody else sees
 * them until this speech is opened here again with the host reachable.)
 */
export function useUnsyncedWarning(saveState: SaveState | null, unsynced: number, desktop: Pick<DesktopApi, 'reportUnsyncedChanges'> | undefined): void {
  useEffect(() => {
    desktop?.reportUnsyncedChanges(unsynced);
  }, [desktop, unsynced]);
  // Leaving the speech (the editor and its connection go away) leaves nothing to warn about.
  useEffect(() => () => desktop?.reportUnsyncedChanges(0), [desktop]);

  const warnOnUnload = desktop === undefined && saveState === 'offline' && unsynced > 0;
  useEffect(() => {
    if (!warnOnUnload) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium shows the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [warnOnUnload]);
}

/** useUnsyncedWarning for the open editor, as a component of its own so that a keystroke re-renders only it. */
export function UnsyncedWarning({ snapshots, desktop }: { snapshots: SnapshotStore; desktop: Pick<DesktopApi, 'reportUnsyncedChanges'> | undefined }): null {
  const saveState = useSnapshot(snapshots, (snapshot) => snapshot?.saveState ?? null);
  const unsynced = useSnapshot(snapshots, (snapshot) => snapshot?.unsynced ?? 0);
  useUnsyncedWarning(saveState, unsynced, desktop);
  return null;
}
