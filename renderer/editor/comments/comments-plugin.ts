import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Mapping } from 'prosemirror-transform';
import { ySyncPluginKey } from 'y-prosemirror';
import type * as Y from 'yjs';
import { isHoldingComposition } from '../collab/composition-guard';
import { resolveAnchor, type CommentAnchor } from './comment-anchor';
import { readThreads, type CommentThread } from './comment-threads';

/** A range of the editor's document. */
export interface TextRange {
  from: number;
  to: number;
}

/** A comment being written: its anchor and quote are taken when 评论 is pressed. */
export interface CommentDraft {
  anchor: CommentAnchor;
  quote: string;
}

export interface CommentsState {
  threads: CommentThread[];
  /** Where each thread's text is now, by thread id; null when it cannot be placed (yet). */
  ranges: Map<string, TextRange | null>;
  active: string | null;
  draft: CommentDraft | null;
  draftRange: TextRange | null;
  decorations: DecorationSet;
}

type CommentsMeta = { refresh: true } | { active: string | null } | { draft: CommentDraft | null; active?: string | null };

export const commentsKey = new PluginKey<CommentsState>('speechdesk-comments');

/** How often threads that changed during an IME composition look again whether it has settled. */
const COMPOSITION_RETRY_MS = 100;

/** Tells the plugin what changed outside the editor's document (threads, the active one, the draft). */
export function setCommentsMeta(tr: Transaction, meta: CommentsMeta): Transaction {
  return tr.setMeta(commentsKey, meta);
}

function decorate(state: EditorState, threads: CommentThread[], ranges: Map<string, TextRange | null>, active: string | null, draftRange: TextRange | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = ranges.get(thread.id);
    if (thread.status !== 'open' || !range || range.from >= range.to) continue;
    const className = thread.id === active ? 'comment-range comment-range-active' : 'comment-range';
    decorations.push(Decoration.inline(range.from, range.to, { class: className, 'data-thread-id': thread.id }, { inclusiveStart: false, inclusiveEnd: false }));
  }
  if (draftRange && draftRange.from < draftRange.to) {
    decorations.push(Decoration.inline(draftRange.from, draftRange.to, { class: 'comment-range comment-range-draft' }, { inclusiveStart: false, inclusiveEnd: false }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Places every thread and the draft from their Yjs anchors (after remote changes, or when threads change). */
function resolveAll(state: EditorState, threads: CommentThread[], active: string | null, draft: CommentDraft | null): CommentsState {
  const ranges = new Map<string, TextRange | null>();
  for (const thread of threads) ranges.set(thread.id, resolveAnchor(state, thread));
  const draftRange = draft ? resolveAnchor(state, draft.anchor) : null;
  return { threads, ranges, active, draft, draftRange, decorations: decorate(state, threads, ranges, active, draftRange) };
}

function mapRange(range: TextRange | null, mapping: Mapping): TextRange | null {
  if (!range) return null;
  const from = mapping.map(range.from, 1);
  return { from, to: Math.max(from, mapping.map(range.to, -1)) };
}

/**
 * Follows a local edit through ProseMirror's mapping: the binding writes it to Yjs only after this transaction
 * has been applied, so the anchors cannot be read yet. Both ends stay outside text typed at the range's edges,
 * as the anchors themselves do.
 */
function follow(previous: CommentsState, tr: Transaction): CommentsState {
  const ranges = new Map<string, TextRange | null>();
  for (const [id, range] of previous.ranges) ranges.set(id, mapRange(range, tr.mapping));
  return { ...previous, ranges, draftRange: mapRange(previous.draftRange, tr.mapping), decorations: previous.decorations.map(tr.mapping, tr.doc) };
}

/**
 * Draws the open threads' ranges as highlights (the active one stronger, the draft's too) that follow the text
 * through everyone's edits, and opens a thread when its highlight is clicked. Works in a read-only editor: a
 * commenter selects and clicks, and never changes the text.
 */
export function commentsPlugin(comments: Y.Doc): Plugin<CommentsState> {
  return new Plugin<CommentsState>({
    key: commentsKey,
    state: {
      init: (_config, state) => resolveAll(state, readThreads(comments), null, null),
      apply(tr, previous, _oldState, state) {
        const meta = tr.getMeta(commentsKey) as CommentsMeta | undefined;
        const remote = (ySyncPluginKey.getState(state) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
        const following = tr.docChanged ? follow(previous, tr) : previous;
        if (!meta && !remote) return following;
        const threads = meta && 'refresh' in meta ? readThreads(comments) : previous.threads;
        const active = meta && 'active' in meta && meta.active !== undefined ? meta.active : previous.active;
        const draft = meta && 'draft' in meta ? meta.draft : previous.draft;
        if (isHoldingComposition(state)) {
          // The binding writes a composition to Yjs only once it has settled, and until then its mapping lags
          // behind the view: the ranges keep following ProseMirror's steps (threads are refreshed afterwards).
          const draftRange = draft ? following.draftRange : null;
          return { ...following, active, draft, draftRange, decorations: decorate(state, following.threads, following.ranges, active, draftRange) };
        }
        return resolveAll(state, threads, threads.some((thread) => thread.id === active) ? active : null, draft);
      },
    },
    props: {
      decorations: (state) => commentsKey.getState(state)?.decorations ?? DecorationSet.empty,
      handleClick(view, pos) {
        const thread = threadAt(view.state, pos);
        if (thread !== null && thread !== commentsKey.getState(view.state)?.active) view.dispatch(setCommentsMeta(view.state.tr, { active: thread }));
        // The click still places the caret or starts a selection.
        return false;
      },
    },
    view(view) {
      let retry: ReturnType<typeof setTimeout> | undefined;
      const refresh = () => {
        if (view.isDestroyed) return;
        clearTimeout(retry);
        // While a composition is held out of Yjs, the binding's mapping lags behind the view (anchors would be
        // placed wrongly) and a redraw of the composing paragraph would break the IME: wait until it settled.
        if (isHoldingComposition(view.state)) {
          retry = setTimeout(refresh, COMPOSITION_RETRY_MS);
          return;
        }
        view.dispatch(setCommentsMeta(view.state.tr, { refresh: true }));
      };
      comments.on('update', refresh);
      return {
        destroy: () => {
          clearTimeout(retry);
          comments.off('update', refresh);
        },
      };
    },
  });
}

/** The open thread whose highlight covers `pos`; the shortest one where highlights overlap. */
export function threadAt(state: EditorState, pos: number): string | null {
  const plugin = commentsKey.getState(state);
  if (!plugin) return null;
  let best: { id: string; length: number } | null = null;
  for (const thread of plugin.threads) {
    const range = plugin.ranges.get(thread.id);
    if (thread.status !== 'open' || !range || range.from >= range.to || pos < range.from || pos > range.to) continue;
    if (!best || range.to - range.from < best.length) best = { id: thread.id, length: range.to - range.from };
  }
  return best?.id ?? null;
}
