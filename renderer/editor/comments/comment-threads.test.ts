import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  canDeleteComment,
  cleanCommentText,
  createThread,
  deleteComment,
  editComment,
  MAX_COMMENT_LENGTH,
  readThreads,
  replyToThread,
  setThreadStatus,
  threadsMap,
} from './comment-threads';

const WRITER = { name: '写稿人', color: '#1f6feb' };
const REVIEWER = { name: '审稿人', color: '#d1242f' };
const anchor = { from: Uint8Array.of(1, 2), to: Uint8Array.of(3, 4) };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 9, minute));

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('comment threads', () => {
  it('opens a thread with its anchor, quote, author and first comment', () => {
    const doc = new Y.Doc();
    const id = createThread(doc, { ...anchor, quote: '推动项目提速', text: '  请补充数据来源 ', author: REVIEWER }, at(0));
    expect(id).not.toBeNull();
    const [thread] = readThreads(doc);
    expect(thread).toMatchObject({ id, quote: '推动项目提速', status: 'open', author: REVIEWER, createdAt: at(0).toISOString() });
    expect([...(thread?.from ?? [])]).toEqual([1, 2]);
    expect([...(thread?.to ?? [])]).toEqual([3, 4]);
    expect(thread?.comments).toEqual([{ id: expect.any(String), author: REVIEWER, text: '请补充数据来源', createdAt: at(0).toISOString() }]);
  });

  it('refuses empty and overlong comments and changes nothing', () => {
    const doc = new Y.Doc();
    expect(createThread(doc, { ...anchor, quote: 'x', text: '   ', author: WRITER })).toBeNull();
    expect(createThread(doc, { ...anchor, quote: 'x', text: '长'.repeat(MAX_COMMENT_LENGTH + 1), author: WRITER })).toBeNull();
    expect(threadsMap(doc).size).toBe(0);
    expect(cleanCommentText('长'.repeat(MAX_COMMENT_LENGTH))).toHaveLength(MAX_COMMENT_LENGTH);
  });

  it('merges replies and status changes made on two clients at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = createThread(a, { ...anchor, quote: '盯紧节点', text: '这一句太长', author: WRITER }, at(0)) ?? '';
    sync(a, b);
    expect(replyToThread(a, id, WRITER, '已压缩', at(2))).toBe(true);
    expect(replyToThread(b, id, REVIEWER, '同意', at(1))).toBe(true);
    expect(setThreadStatus(b, id, 'resolved')).toBe(true);
    sync(a, b);
    for (const doc of [a, b]) {
      const [thread] = readThreads(doc);
      expect(thread?.status).toBe('resolved');
      expect(thread?.comments.map((comment) => comment.text).sort()).toEqual(['同意', '已压缩', '这一句太长']);
    }
    expect(readThreads(a)).toEqual(readThreads(b));
    expect(setThreadStatus(a, id, 'resolved')).toBe(false);
    expect(setThreadStatus(a, id, 'open')).toBe(true);
    expect(readThreads(a)[0]?.status).toBe('open');
    expect(replyToThread(a, 'gone', WRITER, '回复')).toBe(false);
  });

  it('lets people delete and edit only their own comments, an opening one only while unanswered', () => {
    const doc = new Y.Doc();
    const id = createThread(doc, { ...anchor, quote: '守住底线', text: '加一句安全生产', author: WRITER }, at(0)) ?? '';
    replyToThread(doc, id, REVIEWER, '好', at(1));
    const [opening, reply] = readThreads(doc)[0]?.comments ?? [];
    const thread = () => readThreads(doc)[0];
    expect(canDeleteComment(thread()!, opening!.id, WRITER)).toBe(false);
    expect(deleteComment(doc, id, opening!.id, WRITER)).toBe(false);
    expect(deleteComment(doc, id, reply!.id, WRITER)).toBe(false);
    expect(editComment(doc, id, reply!.id, WRITER, '改')).toBe(false);
    expect(editComment(doc, id, reply!.id, REVIEWER, '好的', at(3))).toBe(true);
    expect(thread()?.comments[1]).toMatchObject({ text: '好的', edited: at(3).toISOString() });
    expect(deleteComment(doc, id, reply!.id, REVIEWER)).toBe(true);
    expect(thread()?.comments).toHaveLength(1);
    expect(deleteComment(doc, id, opening!.id, REVIEWER)).toBe(false);
    expect(deleteComment(doc, id, opening!.id, WRITER)).toBe(true);
    expect(readThreads(doc)).toEqual([]);
  });

  it('leaves out threads another client wrote wrongly, and lists the rest oldest first', () => {
    const doc = new Y.Doc();
    const second = createThread(doc, { ...anchor, quote: '二', text: '后', author: WRITER }, at(5));
    const first = createThread(doc, { ...anchor, quote: '一', text: '先', author: WRITER }, at(1));
    doc.transact(() => {
      threadsMap(doc).set('broken', new Y.Map<unknown>([['id', 'broken'], ['status', 'maybe']]));
      threadsMap(doc).get(second ?? '')?.set('author', { name: '', color: 'red' });
    });
    expect(readThreads(doc).map((thread) => thread.id)).toEqual([first]);
    createThread(doc, { ...anchor, quote: '三', text: '再', author: REVIEWER }, at(3));
    expect(readThreads(doc).map((thread) => thread.quote)).toEqual(['一', '三']);
  });
});
