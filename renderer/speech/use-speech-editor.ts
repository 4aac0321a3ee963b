import { useEffect, useState, type RefObject } from 'react';
import type { CollaborationUser, FigureHover, SpeechEditor, SpeechEditorOptions } from '../editor/types';
import { collabUrl, type HostConnection } from '../host/host-connection';
import { loadEditorCore } from './load-editor-core';
import { SnapshotStore } from './snapshot-store';

interface SpeechEditorState {
  editor: SpeechEditor | null;
  failure: unknown;
}

/**
 * Mounts the editor core for one speech into `mount`; its snapshots go to `snapshots`, which components
 * subscribe to slice by slice (useSnapshot), the editor and a failure to React state.
 * A new speech id, host or user makes a new editor; the old one is destroyed first (its provider closes).
 * Nothing mounts while `enabled` is false: the screen asks the host whether the speech exists while the editor
 * opens (waiting for the answer first cost a round trip on every open), and turns it off when the answer is
 * no, so that a stale link shows "not found" instead of an editor waiting on a document the host refuses.
 */
export function useSpeechEditor(
  mount: RefObject<HTMLElement | null>,
  documentId: string,
  connection: HostConnection,
  user: CollaborationUser,
  hints: SpeechEditorOptions['hints'],
  enabled: boolean,
  /** Told which figure is under the mouse; must keep its identity across renders (a state setter). */
  onHover: (hover: FigureHover | null) => void,
  /** A reader's view, and where to report that the host ended access (a state setter, stable like onHover). */
  access: Required<Pick<SpeechEditorOptions, 'readOnly' | 'canComment' | 'onAccessEnded'>>,
): SpeechEditorState & { snapshots: SnapshotStore } {
  const [state, setState] = useState<SpeechEditorState>({ editor: null, failure: null });
  const [snapshots] = useState(() => new SnapshotStore());
  const { origin, token } = connection;
  const { name, color } = user;
  const { title: titleHint, meta: metaHint } = hints;
  const { readOnly, canComment, onAccessEnded } = access;

  useEffect(() => {
    const element = mount.current;
    if (!enabled || !element) return;
    let editor: SpeechEditor | null = null;
    // The core loads asynchronously: an effect cleaned up meanwhile (StrictMode, quick navigation) must not mount.
    let cancelled = false;
    setState({ editor: null, failure: null });
    snapshots.set(null);
    loadEditorCore().then(
      (createSpeechEditor) => {
        if (cancelled) return;
        try {
          editor = createSpeechEditor({
            mount: element,
            documentId,
            collabUrl: collabUrl({ origin, token }),
            token,
            user: { name, color },
            hints: { title: titleHint, meta: metaHint },
            onChange: (snapshot) => {
              if (!cancelled) snapshots.set(snapshot);
            },
            onHover: (hover) => {
              if (!cancelled) onHover(hover);
            },
            readOnly,
            canComment,
            onAccessEnded: (reason) => {
              if (!cancelled) onAccessEnded(reason);
            },
          });
          const created = editor;
          setState((previous) => ({ ...previous, editor: created }));
        } catch (failure) {
          setState({ editor: null, failure });
        }
      },
      (failure: unknown) => {
        if (!cancelled) setState({ editor: null, failure });
      },
    );
    return () => {
      cancelled = true;
      editor?.destroy();
    };
  }, [mount, snapshots, documentId, origin, token, name, color, titleHint, metaHint, enabled, onHover, readOnly, canComment, onAccessEnded]);

  return { ...state, snapshots };
}
