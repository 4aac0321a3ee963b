import { TextSelection, type Command } from 'prosemirror-state';
import type * as Y from 'yjs';
import { isHoldingComposition } from '../collab/composition-guard';
import { anchorRange } from './comment-anchor';
import { cleanCommentText, createThread, type CommentAuthor } from './comment-threads';
import { commentsKey, setCommentsMeta } from './comments-plugin';

/**
 * Starts a comment on the selected text: takes its anchor and quote now, so that the range stays the one
 * selected while the comment is written, whatever others type meanwhile. Needs a non-empty text selection; it
 * changes no text, so it works in a read-only editor too.
 */
export const startComment: Command = (state, dispatch) => {
  const { selection } = state;
  // A held composition is not in Yjs yet, so no anchor can be taken in the text around it.
  if (!(selection instanceof TextSelection) || selection.empty || isHoldingComposition(state)) return false;
  const anchor = anchorRange(state, selection.from, selection.to);
  if (!anchor) return false;
  if (dispatch) dispatch(setCommentsMeta(state.tr, { draft: { anchor, quote: state.doc.textBetween(selection.from, selection.to, '\n') } }));
  return true;
};

export const cancelComment: Command = (state, dispatch) => {
  if (!commentsKey.getState(state)?.draft) return false;
  if (dispatch) dispatch(setCommentsMeta(state.tr, { draft: null }));
  return true;
};

/** Opens the thread of the draft with `text` as its first comment, and makes it the active thread. */
export function submitComment(comments: Y.Doc, author: CommentAuthor, text: string): Command {
  return (state, dispatch) => {
    const draft = commentsKey.getState(state)?.draft;
    if (!draft || cleanCommentText(text) === null) return false;
    if (dispatch) {
      const id = createThread(comments, { ...draft.anchor, quote: draft.quote, text, author });
      dispatch(setCommentsMeta(state.tr, { draft: null, active: id }));
    }
    return true;
  };
}

/** Makes a thread the active one (its highlight stronger) and brings its text into view; null for none. */
export function activateThread(threadId: string | null): Command {
  return (state, dispatch) => {
    const plugin = commentsKey.getState(state);
    if (!plugin || (threadId !== null && !plugin.threads.some((thread) => thread.id === threadId))) return false;
    if (dispatch) {
      const tr = setCommentsMeta(state.tr, { active: threadId });
      const range = threadId === null ? null : plugin.ranges.get(threadId);
      if (range) tr.setSelection(TextSelection.near(tr.doc.resolve(range.from))).scrollIntoView();
      dispatch(tr);
    }
    return true;
  };
}
