import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type * as Y from 'yjs';
import { activateThread, cancelComment, startComment, submitComment } from './comment-commands';
import { canDeleteComment, deleteComment, editComment, replyToThread, sameAuthor, setThreadStatus, type CommentAuthor, type ThreadStatus } from './comment-threads';
import { commentsKey, type CommentsState } from './comments-plugin';

/** One comment as the sidebar shows it. */
export interface CommentEntry {
  id: string;
  author: CommentAuthor;
  text: string;
  createdAt: string;
  /** When it was last edited, if ever. */
  edited?: string | undefined;
  /** Written by this user. */
  mine: boolean;
  /** This user may delete it (see canDeleteComment). */
  deletable: boolean;
}

/** One thread as the sidebar shows it, in document order of the text it comments. */
export interface ThreadEntry {
  id: string;
  quote: string;
  status: ThreadStatus;
  author: CommentAuthor;
  createdAt: string;
  comments: CommentEntry[];
  /** Its text has been deleted entirely (原文已删除). */
  detached: boolean;
}

/** The comments part of what the app renders from. */
export interface CommentsSnapshot {
  threads: ThreadEntry[];
  active: string | null;
  /** The comment being written, with the text it is about. */
  draft: { quote: string } | null;
  /** Whether 评论 applies to the selection (some text is selected). */
  canStart: boolean;
}

/** What the app may do with comments; each returns false when it does not apply. */
export interface SpeechComments {
  /** False for a viewer: the host keeps the comments read-only for them, so every writing action refuses. */
  readonly canWrite: boolean;
  current(): CommentsSnapshot;
  subscribe(listener: () => void): () => void;
  start(): boolean;
  cancel(): boolean;
  submit(text: string): boolean;
  activate(threadId: string | null): boolean;
  reply(threadId: string, text: string): boolean;
  setStatus(threadId: string, status: ThreadStatus): boolean;
  deleteComment(threadId: string, commentId: string): boolean;
  editComment(threadId: string, commentId: string, text: string): boolean;
}

function toSnapshot(state: EditorState, plugin: CommentsState, user: CommentAuthor): CommentsSnapshot {
  const placed = plugin.threads.map((thread) => ({ thread, range: plugin.ranges.get(thread.id) ?? null }));
  // Threads whose text is not here yet sort last; among placed ones, by where their text starts.
  placed.sort((a, b) => (a.range?.from ?? Infinity) - (b.range?.from ?? Infinity));
  return {
    threads: placed.map(({ thread, range }) => ({
      id: thread.id,
      quote: thread.quote,
      status: thread.status,
      author: thread.author,
      createdAt: thread.createdAt,
      detached: range !== null && range.from >= range.to,
      comments: thread.comments.map((comment) => ({
        ...comment,
        mine: sameAuthor(comment.author, user),
        deletable: canDeleteComment(thread, comment.id, user),
      })),
    })),
    active: plugin.active,
    draft: plugin.draft ? { quote: plugin.draft.quote } : null,
    canStart: state.selection instanceof TextSelection && !state.selection.empty,
  };
}

const EMPTY: CommentsSnapshot = { threads: [], active: null, draft: null, canStart: false };

/**
 * The comments of the speech open in `view`, for the app: a snapshot that changes identity only when the
 * threads, the draft, the active thread or whether text is selected change, and the actions on them.
 * `notify` must be called after each transaction the view applies.
 */
export function speechComments(view: EditorView, comments: Y.Doc, user: CommentAuthor, ready: () => boolean, canWrite = true): SpeechComments & { notify(): void } {
  const listeners = new Set<() => void>();
  let cached: { plugin: CommentsState; canStart: boolean; snapshot: CommentsSnapshot } | null = null;
  const current = (): CommentsSnapshot => {
    const plugin = commentsKey.getState(view.state);
    if (!plugin) return EMPTY;
    const canStart = view.state.selection instanceof TextSelection && !view.state.selection.empty;
    if (cached?.plugin === plugin && cached.canStart === canStart) return cached.snapshot;
    const snapshot = toSnapshot(view.state, plugin, user);
    // Typing elsewhere makes a new plugin state but mostly the same snapshot: keep its identity then.
    const same = cached !== null && JSON.stringify(cached.snapshot) === JSON.stringify(snapshot);
    cached = { plugin, canStart, snapshot: same && cached ? cached.snapshot : snapshot };
    return cached.snapshot;
  };
  let last = current();
  const run = (command: Command) => ready() && command(view.state, view.dispatch, view);
  const write = (action: () => boolean) => canWrite && action();
  return {
    canWrite,
    current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify() {
      const next = current();
      if (next === last) return;
      last = next;
      for (const listener of listeners) listener();
    },
    start: () => write(() => run(startComment)),
    cancel: () => run(cancelComment),
    submit: (text) => write(() => run(submitComment(comments, user, text))),
    activate: (threadId) => run(activateThread(threadId)),
    reply: (threadId, text) => write(() => replyToThread(comments, threadId, user, text)),
    setStatus: (threadId, status) => write(() => setThreadStatus(comments, threadId, status)),
    deleteComment: (threadId, commentId) => write(() => deleteComment(comments, threadId, commentId, user)),
    editComment: (threadId, commentId, text) => write(() => editComment(comments, threadId, commentId, user, text)),
  };
}
