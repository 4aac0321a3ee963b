import * as Y from 'yjs';
import { z } from 'zod';

/**
 * Review comments as they live in a speech's comments document (`<id>/comments`, common/collab.ts): a Y.Map
 * of threads by id, each thread a Y.Map of its fields with its comments in a Y.Array, so that two people
 * replying, resolving or deleting at once all merge. What other clients wrote is read through zod: a thread
 * that does not parse is left out rather than breaking the list.
 */

/** The top-level Y.Map of the comments document. */
export const THREADS_MAP = 'threads';

export const threadStatuses = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof threadStatuses)[number];

const authorSchema = z.object({ name: z.string().min(1).max(100), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) });
export type CommentAuthor = z.infer<typeof authorSchema>;

/** Longest comment text, in characters. */
export const MAX_COMMENT_LENGTH = 4000;

const commentSchema = z.object({
  id: z.string().min(1),
  author: authorSchema,
  text: z.string().min(1).max(MAX_COMMENT_LENGTH),
  createdAt: z.string(),
  edited: z.string().optional(),
});
export type ThreadComment = z.infer<typeof commentSchema>;

const threadSchema = z.object({
  id: z.string().min(1),
  /** Y.RelativePosition (encoded) of the first character of the commented text. */
  from: z.instanceof(Uint8Array),
  /** Y.RelativePosition (encoded) of the end of the commented text, tied to its last character. */
  to: z.instanceof(Uint8Array),
  /** The commented text as it read when the thread was opened. */
  quote: z.string(),
  status: z.enum(threadStatuses),
  author: authorSchema,
  createdAt: z.string(),
  /** The opening comment first, then the replies. */
  comments: z.array(commentSchema).min(1),
});
export type CommentThread = z.infer<typeof threadSchema>;

export interface NewThread {
  from: Uint8Array;
  to: Uint8Array;
  quote: string;
  text: string;
  author: CommentAuthor;
}

/** A comment's text as stored: trimmed, non-empty, not too long. */
export function cleanCommentText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_COMMENT_LENGTH ? trimmed : null;
}

export function threadsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(THREADS_MAP);
}

function readThread(entry: Y.Map<unknown>): CommentThread | null {
  const comments = entry.get('comments');
  const parsed = threadSchema.safeParse({ ...entry.toJSON(), from: entry.get('from'), to: entry.get('to'), comments: comments instanceof Y.Array ? comments.toJSON() : undefined });
  return parsed.success ? parsed.data : null;
}

/** Every readable thread, oldest first. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  threadsMap(doc).forEach((entry) => {
    const thread = entry instanceof Y.Map ? readThread(entry) : null;
    if (thread) threads.push(thread);
  });
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function sameAuthor(a: CommentAuthor, b: CommentAuthor): boolean {
  return a.name === b.name && a.color.toLowerCase() === b.color.toLowerCase();
}

function newComment(author: CommentAuthor, text: string, now: Date): Y.Map<unknown> {
  return new Y.Map<unknown>([
    ['id', crypto.randomUUID()],
    ['author', { ...author }],
    ['text', text],
    ['createdAt', now.toISOString()],
  ]);
}

/** Opens a thread on a range; returns its id, or null when the text is empty or too long. */
export function createThread(doc: Y.Doc, thread: NewThread, now = new Date()): string | null {
  const text = cleanCommentText(thread.text);
  if (text === null) return null;
  const id = crypto.randomUUID();
  doc.transact(() => {
    const comments = new Y.Array<Y.Map<unknown>>();
    comments.push([newComment(thread.author, text, now)]);
    threadsMap(doc).set(
      id,
      new Y.Map<unknown>([
        ['id', id],
        ['from', thread.from],
        ['to', thread.to],
        ['quote', thread.quote],
        ['status', 'open'],
        ['author', { ...thread.author }],
        ['createdAt', now.toISOString()],
        ['comments', comments],
      ]),
    );
  });
  return id;
}

function threadEntry(doc: Y.Doc, threadId: string): { entry: Y.Map<unknown>; comments: Y.Array<Y.Map<unknown>> } | null {
  const entry = threadsMap(doc).get(threadId);
  const comments = entry instanceof Y.Map ? entry.get('comments') : undefined;
  return entry instanceof Y.Map && comments instanceof Y.Array ? { entry, comments: comments as Y.Array<Y.Map<unknown>> } : null;
}

/** Adds a reply at the end of a thread; false when the thread is gone or the text empty. */
export function replyToThread(doc: Y.Doc, threadId: string, author: CommentAuthor, text: string, now = new Date()): boolean {
  const found = threadEntry(doc, threadId);
  const clean = cleanCommentText(text);
  if (!found || clean === null) return false;
  doc.transact(() => found.comments.push([newComment(author, clean, now)]));
  return true;
}

export function setThreadStatus(doc: Y.Doc, threadId: string, status: ThreadStatus): boolean {
  const found = threadEntry(doc, threadId);
  if (!found || found.entry.get('status') === status) return false;
  doc.transact(() => found.entry.set('status', status));
  return true;
}

function findComment(comments: Y.Array<Y.Map<unknown>>, commentId: string): number {
  return comments.toArray().findIndex((comment) => comment instanceof Y.Map && comment.get('id') === commentId);
}

/** Whether `author` may delete the comment: their own, and an opening comment only while nobody has replied. */
export function canDeleteComment(thread: CommentThread, commentId: string, author: CommentAuthor): boolean {
  const index = thread.comments.findIndex((comment) => comment.id === commentId);
  const comment = thread.comments[index];
  if (!comment || !sameAuthor(comment.author, author)) return false;
  return index > 0 || thread.comments.length === 1;
}

/**
 * Deletes one's own comment. Deleting the opening comment deletes the thread, so it is allowed only while the
 * thread has no replies (others' replies are not one's to delete).
 */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string, author: CommentAuthor): boolean {
  const found = threadEntry(doc, threadId);
  const thread = found && readThread(found.entry);
  if (!found || !thread || !canDeleteComment(thread, commentId, author)) return false;
  const index = findComment(found.comments, commentId);
  doc.transact(() => {
    if (index === 0) threadsMap(doc).delete(threadId);
    else found.comments.delete(index, 1);
  });
  return true;
}

/** Changes the text of one's own comment and marks it edited. */
export function editComment(doc: Y.Doc, threadId: string, commentId: string, author: CommentAuthor, text: string, now = new Date()): boolean {
  const found = threadEntry(doc, threadId);
  const clean = cleanCommentText(text);
  const written = found && readThread(found.entry)?.comments.find((comment) => comment.id === commentId);
  if (!found || clean === null || !written || !sameAuthor(written.author, author)) return false;
  const comment = found.comments.get(findComment(found.comments, commentId));
  doc.transact(() => {
    comment.set('text', clean);
    comment.set('edited', now.toISOString());
  });
  return true;
}
