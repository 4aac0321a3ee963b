import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate } from '../db/migrations';
import { DocumentStore } from '../db/document-store';
import { bodyText } from '../testing/test-host';
import { COMPACTION_THRESHOLD, CompactionScheduler, compactDocument } from './compaction';
import { seedSpeechState, speechToProseMirror } from './speech-ydoc';

let store: DocumentStore;

beforeEach(() => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  store = new DocumentStore(db);
});

/** A live speech whose every update is stored, as the persistence extension does. */
function liveSpeech(id: string): Y.Doc {
  const state = seedSpeechState('讲话', 'speech');
  store.createDocument({ id, title: '讲话', numberingStyle: 'speech', characters: 0, state });
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  ydoc.on('update', (update: Uint8Array) => store.appendUpdate(id, update));
  return ydoc;
}

function loadStored(id: string): Y.Doc {
  const { snapshot, updates } = store.loadState(id);
  const ydoc = new Y.Doc();
  for (const part of [...(snapshot ? [snapshot] : []), ...updates.map((u) => u.data)]) Y.applyUpdate(ydoc, part);
  return ydoc;
}

function edit(ydoc: Y.Doc, count: number): void {
  const text = bodyText(ydoc);
  for (let i = 0; i < count; i++) {
    text.insert(text.length, i % 7 === 0 ? '，' : '发展');
    if (i % 5 === 4) text.delete(text.length - 2, 1);
  }
}

describe('compaction', () => {
  it('leaves one snapshot with exactly the same content', () => {
    const ydoc = liveSpeech('a');
    edit(ydoc, 120);
    const before = speechToProseMirror(loadStored('a')).toJSON();
    expect(before).toEqual(speechToProseMirror(ydoc).toJSON());

    expect(compactDocument(store, 'a')).toBe(true);
    expect(store.loadState('a').updates).toEqual([]);
    expect(speechToProseMirror(loadStored('a')).toJSON()).toEqual(before);

    edit(ydoc, 3);
    expect(compactDocument(store, 'a')).toBe(true);
    expect(speechToProseMirror(loadStored('a')).toJSON()).toEqual(speechToProseMirror(ydoc).toJSON());
  });

  it('runs after the threshold of updates, on a later turn of the event loop', async () => {
    const errors: unknown[] = [];
    const scheduler = new CompactionScheduler(store, (error) => errors.push(error));
    const ydoc = liveSpeech('a');
    ydoc.on('update', () => scheduler.noteUpdate('a'));
    const text = bodyText(ydoc);
    while (store.countUpdates('a') < COMPACTION_THRESHOLD - 1) text.insert(text.length, '字');
    await new Promise(setImmediate);
    expect(store.countUpdates('a')).toBe(COMPACTION_THRESHOLD - 1);
    text.insert(text.length, '末');
    expect(store.countUpdates('a')).toBe(COMPACTION_THRESHOLD);
    await new Promise(setImmediate);
    expect(store.countUpdates('a')).toBe(0);
    expect(errors).toEqual([]);
    expect(speechToProseMirror(loadStored('a')).toJSON()).toEqual(speechToProseMirror(ydoc).toJSON());
  });

  it('keeps the stored rows when an update cannot be merged', () => {
    liveSpeech('a');
    store.appendUpdate('a', Uint8Array.from([1, 2, 3]));
    expect(() => compactDocument(store, 'a')).toThrow();
    expect(store.countUpdates('a')).toBe(1);
  });
});
