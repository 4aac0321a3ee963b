import * as Y from 'yjs';
import type { EditorState } from 'prosemirror-state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from 'y-prosemirror';

/**
 * A commented range as Yjs relative positions: tied to the characters, not to offsets, so that it follows the
 * text through everyone's edits. Positions are taken against the Y.Doc the view is bound to (the editor doc
 * of renderer/editor/collab/relay.ts). They name items by Yjs IDs, which are the same on every client: the
 * editor doc authors with the client's own ID and the network doc merely carries its items, so a position
 * made in one client's editor doc resolves in any other client's once the text has reached it.
 */
export interface CommentAnchor {
  from: Uint8Array;
  to: Uint8Array;
}

type ProsemirrorMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

interface Binding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: ProsemirrorMapping;
}

function bindingOf(state: EditorState): Binding | null {
  const syncState = ySyncPluginKey.getState(state) as { binding?: Binding | null } | undefined;
  return syncState?.binding ?? null;
}

/**
 * The end is tied to the range's last character (association -1) rather than to the one after it, so that
 * text typed right after the range is not taken into it, just as text typed right before it is not (the
 * start is tied to its first character).
 */
function tieToPrevious(doc: Y.Doc, position: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText) || absolute.index === 0) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, -1);
}

/** The anchor of the range from–to of the editor's document; null when the editor is not bound to Yjs. */
export function anchorRange(state: EditorState, from: number, to: number): CommentAnchor | null {
  const binding = bindingOf(state);
  if (!binding || from >= to) return null;
  const start = absolutePositionToRelativePosition(from, binding.type, binding.mapping);
  const end = tieToPrevious(binding.doc, absolutePositionToRelativePosition(to, binding.type, binding.mapping));
  return { from: Y.encodeRelativePosition(start), to: Y.encodeRelativePosition(end) };
}

/**
 * Where an anchor is in the editor's document now. `from === to` means its text was deleted entirely; null
 * means it cannot be placed (yet): its text has not reached this client, or the editor is not bound.
 */
export function resolveAnchor(state: EditorState, anchor: CommentAnchor): { from: number; to: number } | null {
  const binding = bindingOf(state);
  if (!binding) return null;
  const place = (encoded: Uint8Array) => {
    try {
      return relativePositionToAbsolutePosition(binding.doc, binding.type, Y.decodeRelativePosition(encoded), binding.mapping);
    } catch {
      // A malformed position from another client, or one in a part of the tree the view has not drawn.
      return null;
    }
  };
  const from = place(anchor.from);
  const to = place(anchor.to);
  if (from === null || to === null) return null;
  const size = state.doc.content.size;
  const clamp = (pos: number) => Math.max(0, Math.min(pos, size));
  return { from: clamp(from), to: Math.max(clamp(from), clamp(to)) };
}
