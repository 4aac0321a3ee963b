import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentStore, type PendingUpdate } from '../db/document-store';
import { migrate } from '../db/migrations';
import { GroupCommit } from './group-commit';

let store: DocumentStore;
let committed: PendingUpdate[][];
let commits: GroupCommit;

beforeEach(() => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  store = new DocumentStore(db);
  for (const id of ['a', 'b']) store.createDocument({ id, title: id, numberingStyle: 'speech', characters: 0, state: Uint8Array.from([0]) });
  committed = [];
  commits = new GroupCommit(store, (updates) => committed.push([...updates]));
});

const bytes = (...values: number[]) => Uint8Array.from(values);
const stored = (name: string) => store.loadState(name).updates.map((update) => [...update.data]);
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('stores the updates of one turn, of every document, in one transaction, and resolves them after it', async () => {
    const transactions = vi.spyOn(store, 'appendUpdates');
    const pending = [commits.append('a', bytes(1)), commits.append('b/comments', bytes(2)), commits.append('a', bytes(3))];
    // Nothing is on disk, so nothing may be acknowledged, until the transaction ran.
    expect(stored('a')).toEqual([]);
    await Promise.all(pending);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(stored('a')).toEqual([[1], [3]]);
    expect(stored('b/comments')).toEqual([[2]]);
    expect(committed.map((batch) => batch.map((update) => update.name))).toEqual([['a', 'b/comments', 'a']]);
  });

  it('gives updates of later turns their own transaction', async () => {
    const transactions = vi.spyOn(store, 'appendUpdates');
    const first = commits.append('a', bytes(1));
    await nextTurn();
    await Promise.all([first, commits.append('a', bytes(2))]);
    expect(transactions).toHaveBeenCalledTimes(2);
    expect(stored('a')).toEqual([[1], [2]]);
  });

  it('rejects every update of a failed transaction, stores none of them, and commits the next turn', async () => {
    const good = commits.append('a', bytes(1));
    const bad = commits.append('missing', bytes(2));
    await expect(good).rejects.toThrow(/FOREIGN KEY/);
    await expect(bad).rejects.toThrow(/FOREIGN KEY/);
    expect(stored('a')).toEqual([]);
    expect(committed).toEqual([]);
    await commits.append('a', bytes(3));
    expect(stored('a')).toEqual([[3]]);
  });
});
