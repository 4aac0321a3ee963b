import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from './migrations';
import { DocumentStore } from './document-store';

let db: Database.Database;
let store: DocumentStore;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  store = new DocumentStore(db);
});

const bytes = (...values: number[]) => Uint8Array.from(values);
const create = (id: string, title = id) => store.createDocument({ id, title, numberingStyle: 'speech', characters: 0, state: bytes(0) });

describe('DocumentStore', () => {
  it('stores a new document with its first snapshot', () => {
    const summary = create('a', '讲话');
    expect(summary).toMatchObject({ id: 'a', title: '讲话', numberingStyle: 'speech', characters: 0, deletedAt: null });
    expect(store.loadState('a')).toEqual({ snapshot: Buffer.from([0]), updates: [] });
  });

  it('appends updates in order and marks the document changed', () => {
    const before = create('a').updatedAt;
    const first = store.appendUpdate('a', bytes(1));
    const second = store.appendUpdate('a', bytes(2));
    expect(second).toBeGreaterThan(first);
    expect(store.loadState('a').updates.map((update) => [...update.data])).toEqual([[1], [2]]);
    expect(store.requireSummary('a').updatedAt > before).toBe(true);
  });

  it('refuses an update for an unknown document', () => {
    expect(() => store.appendUpdate('missing', bytes(1))).toThrow(/FOREIGN KEY/);
  });

  it('lists newest change first, searches titles, and separates the trash', () => {
    create('a', '开幕讲话');
    create('b', '闭幕讲话');
    create('c', 'Work Report');
    store.appendUpdate('a', bytes(1));
    expect(store.listDocuments().map((d) => d.id)).toEqual(['a', 'c', 'b']);
    expect(store.listDocuments({ query: '讲话' }).map((d) => d.id)).toEqual(['a', 'b']);
    expect(store.listDocuments({ query: 'work' }).map((d) => d.id)).toEqual(['c']);
    store.moveToTrash('b');
    expect(store.listDocuments().map((d) => d.id)).toEqual(['a', 'c']);
    expect(store.listDocuments({ trash: true }).map((d) => d.id)).toEqual(['b']);
    store.restore('b');
    expect(store.listDocuments({ trash: true })).toEqual([]);
  });

  it('treats search text literally', () => {
    create('a', '100%完成');
    create('b', '完成');
    expect(store.listDocuments({ query: '%' }).map((d) => d.id)).toEqual(['a']);
  });

  it('compacts snapshot and updates into one snapshot in one step', () => {
    create('a');
    store.appendUpdate('a', bytes(1));
    store.appendUpdate('a', bytes(2));
    const seen: number[][] = [];
    expect(store.compact('a', (parts) => (seen.push(...parts.map((p) => [...p])), bytes(9)))).toBe(true);
    expect(seen).toEqual([[0], [1], [2]]);
    expect(store.loadState('a')).toEqual({ snapshot: Buffer.from([9]), updates: [] });
    expect(store.compact('a', () => bytes(7))).toBe(false);
  });

  it('keeps everything when the merge fails', () => {
    create('a');
    store.appendUpdate('a', bytes(1));
    expect(() =>
      store.compact('a', () => {
        throw new Error('bad update');
      }),
    ).toThrow('bad update');
    expect(store.loadState('a').updates).toHaveLength(1);
    expect([...(store.loadState('a').snapshot ?? [])]).toEqual([0]);
  });

  it('keeps a speech\'s comments apart from its text, without marking the speech changed', () => {
    const before = create('a').updatedAt;
    store.appendUpdate('a/comments', bytes(5));
    store.appendUpdate('a/comments', bytes(6));
    expect(store.loadState('a/comments').updates.map((update) => [...update.data])).toEqual([[5], [6]]);
    expect(store.loadState('a/comments').snapshot).toBeNull();
    expect(store.loadState('a')).toEqual({ snapshot: Buffer.from([0]), updates: [] });
    expect(store.countUpdates('a/comments')).toBe(2);
    expect(store.requireSummary('a').updatedAt).toBe(before);
    expect(store.documentsWithUpdates()).toEqual(['a/comments']);
    expect(() => store.appendUpdate('missing/comments', bytes(1))).toThrow(/FOREIGN KEY/);
  });

  it('compacts comments into their own snapshot', () => {
    create('a');
    store.appendUpdate('a', bytes(1));
    store.appendUpdate('a/comments', bytes(5));
    expect(store.compact('a/comments', (parts) => Uint8Array.from(parts.flatMap((p) => [...p])))).toBe(true);
    expect(store.loadState('a/comments')).toEqual({ snapshot: Buffer.from([5]), updates: [] });
    expect(store.loadState('a').updates).toHaveLength(1);
    expect(store.documentsWithUpdates()).toEqual(['a']);
  });

  it('purges the document with its updates and snapshot', () => {
    create('a');
    create('b');
    store.appendUpdate('a', bytes(1));
    store.appendUpdate('a/comments', bytes(2));
    store.compact('a/comments', () => bytes(3));
    store.appendUpdate('a/comments', bytes(4));
    store.appendUpdate('b/comments', bytes(5));
    store.purge('a');
    expect(store.getDocument('a')).toBeUndefined();
    expect(db.prepare("SELECT count(*) AS n FROM doc_updates WHERE doc_id = 'a'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM doc_snapshots WHERE doc_id = 'a'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM comment_updates WHERE doc_id = 'a'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM comment_snapshots WHERE doc_id = 'a'").get()).toEqual({ n: 0 });
    expect(store.getDocument('b')).toBeDefined();
    expect(store.countUpdates('b/comments')).toBe(1);
  });
});
