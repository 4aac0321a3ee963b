import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commentsDocumentName } from '../../../common/collab';
import { createThread, readThreads, replyToThread } from '../comments/comment-threads';
import { fakeFrames } from '../testing/fake-frames';
import { LocalCopy, localCopyName, type LocalCopyHost } from './local-copy';

const HOST = 'ws://127.0.0.1:4870/collab?token=secret';
/**
 * Stands in for the provider: updates the host sent carry it as their transaction origin, and it reports how
 * many of the messages sent the host has not acknowledged yet.
 */
class FakeProvider implements LocalCopyHost {
  isSynced = false;
  unsyncedChanges = 1;
  private readonly listeners = new Set<() => void>();
  on(_event: 'unsyncedChanges', listener: () => void): void {
    this.listeners.add(listener);
  }
  off(_event: 'unsyncedChanges', listener: () => void): void {
    this.listeners.delete(listener);
  }
  /** The host answered: synced, with `unacknowledged` messages still waiting for their reply. */
  report(unacknowledged: number): void {
    this.isSynced = true;
    this.unsyncedChanges = unacknowledged;
    this.listeners.forEach((listener) => listener());
  }
}
const provider = new FakeProvider();
const open: LocalCopy[] = [];
let speech = 0;

/** A fresh speech id per test: fake-indexeddb keeps databases for the whole file. */
function nextName(host = HOST): string {
  speech += 1;
  return localCopyName(host, `speech-${speech}`);
}

async function openCopy(name: string): Promise<{ doc: Y.Doc; copy: LocalCopy }> {
  const doc = new Y.Doc();
  const copy = new LocalCopy(name, doc, provider);
  open.push(copy);
  await copy.loaded;
  return { doc, copy };
}

/** What reloading the page does to the copy: the doc goes away, its database connection closes. */
async function close({ doc, copy }: { doc: Y.Doc; copy: LocalCopy }): Promise<void> {
  copy.destroy();
  doc.destroy();
  // Lets the pending writes and the close run; IndexedDB orders a later reader after earlier writers anyway.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** How many records y-indexeddb's update store holds for the copy. */
function storedUpdates(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      const counting = db.transaction('updates', 'readonly').objectStore('updates').count();
      counting.onsuccess = () => {
        db.close();
        resolve(counting.result);
      };
      counting.onerror = () => reject(counting.error);
    };
  });
}

/** The host sends its whole speech, as the first sync does. */
function fromHost(host: Y.Doc, doc: Y.Doc): void {
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(host, Y.encodeStateVector(doc)), provider);
}

function hostWith(text: string): Y.Doc {
  const host = new Y.Doc();
  host.getText('t').insert(0, text);
  return host;
}

afterEach(() => {
  open.splice(0).forEach((copy) => copy.destroy());
});

describe('LocalCopy', () => {
  it('names the database by host and speech, so that two hosts never share a copy', () => {
    expect(localCopyName(HOST, 'a')).toBe(localCopyName('ws://127.0.0.1:4870/collab?token=other', 'a'));
    expect(localCopyName(HOST, 'a')).not.toBe(localCopyName('ws://127.0.0.1:4871/collab', 'a'));
    expect(localCopyName(HOST, 'a')).not.toBe(localCopyName(HOST, 'b'));
  });

  it('has no copy of a speech never opened here', async () => {
    const { doc, copy } = await openCopy(nextName());
    expect(copy.existed).toBe(false);
    expect(doc.getText('t').toString()).toBe('');
  });

  it('keeps what was written and opens from it after a reload', async () => {
    const name = nextName();
    const first = await openCopy(name);
    fromHost(hostWith('一年来，全区经济稳中有进。'), first.doc);
    first.doc.getText('t').insert(0, '同志们：');
    await close(first);

    const reloaded = await openCopy(name);
    expect(reloaded.copy.existed).toBe(true);
    expect(reloaded.doc.getText('t').toString()).toBe('同志们：一年来，全区经济稳中有进。');
  });

  it('counts the changes the host has not acknowledged, across a reload', async () => {
    const name = nextName();
    const first = await openCopy(name);
    fromHost(hostWith('一年来，全区经济稳中有进。'), first.doc);
    expect(first.copy.unsynced).toBe(0);
    const text = first.doc.getText('t');
    [...'成绩来之不易'].forEach((character) => text.insert(text.length, character));
    text.insert(0, '同志们：');
    expect(first.copy.unsynced).toBe(2);
    await close(first);

    const reloaded = await openCopy(name);
    expect(reloaded.copy.unsynced).toBe(2);
    reloaded.copy.acknowledged();
    expect(reloaded.copy.unsynced).toBe(0);
    await close(reloaded);
    expect((await openCopy(name)).copy.unsynced).toBe(0);
  });

  it('merges the offline edits with what the host got meanwhile, and counts only its own', async () => {
    const name = nextName();
    const host = hostWith('一年来，全区经济稳中有进。');
    const first = await openCopy(name);
    fromHost(host, first.doc);
    first.copy.acknowledged();
    first.doc.getText('t').insert(0, '离线写的：');
    await close(first);

    // Someone else edits on the host while this browser is offline; then this one reloads and reconnects.
    host.getText('t').insert(host.getText('t').length, '在线改的。');
    const reloaded = await openCopy(name);
    fromHost(host, reloaded.doc);
    expect(reloaded.copy.unsynced).toBe(1);
    Y.applyUpdate(host, Y.encodeStateAsUpdate(reloaded.doc, Y.encodeStateVector(host)));
    reloaded.copy.acknowledged();

    const expected = '离线写的：一年来，全区经济稳中有进。在线改的。';
    expect(host.getText('t').toString()).toBe(expected);
    expect(reloaded.doc.getText('t').toString()).toBe(expected);
    expect(reloaded.copy.unsynced).toBe(0);
  });

  it('takes the host to hold everything once the provider has no unacknowledged message left', async () => {
    const fake = new FakeProvider();
    const doc = new Y.Doc();
    const copy = new LocalCopy(nextName(), doc, fake);
    open.push(copy);
    await copy.loaded;
    doc.getText('t').insert(0, '同志们：');
    fake.report(1);
    expect(copy.unsynced).toBe(1);
    fake.report(0);
    expect(copy.unsynced).toBe(0);
  });

  it("keeps a speech's comments written offline, each new thread and reply one change, across a reload", async () => {
    const name = localCopyName(HOST, commentsDocumentName(`speech-${(speech += 1)}`));
    const author = { name: '审稿人', color: '#2563eb' };
    const anchor = { from: new Uint8Array([1]), to: new Uint8Array([2]) };
    const host = new Y.Doc();
    const hostThread = createThread(host, { ...anchor, quote: '全区经济', text: '请核实口径', author }, new Date('2026-11-01T09:00:00Z'));
    const first = await openCopy(name);
    fromHost(host, first.doc);
    first.copy.acknowledged();
    replyToThread(first.doc, hostThread ?? '', author, '已核实');
    createThread(first.doc, { ...anchor, quote: '稳中有进', text: '表述可再斟酌', author }, new Date('2026-11-02T09:00:00Z'));
    expect(first.copy.unsynced).toBe(2);
    await close(first);

    const reloaded = await openCopy(name);
    expect(reloaded.copy.unsynced).toBe(2);
    expect(readThreads(reloaded.doc).map((thread) => thread.comments.map((comment) => comment.text))).toEqual([['请核实口径', '已核实'], ['表述可再斟酌']]);
    // Back online: the host gets the offline comments.
    Y.applyUpdate(host, Y.encodeStateAsUpdate(reloaded.doc, Y.encodeStateVector(host)));
    expect(readThreads(host)).toEqual(readThreads(reloaded.doc));
  });

  it('tells its listeners when the copy has loaded and when the count changes', async () => {
    const doc = new Y.Doc();
    const copy = new LocalCopy(nextName(), doc, provider);
    open.push(copy);
    let calls = 0;
    copy.onChange(() => (calls += 1));
    await copy.loaded;
    expect(calls).toBe(1);
    doc.getText('t').insert(0, '新');
    expect(calls).toBe(2);
  });

  it('writes a burst of keystrokes as one update after the frame, and at once when the page goes away', async () => {
    const name = nextName();
    const frames = fakeFrames();
    const doc = new Y.Doc();
    const copy = new LocalCopy(name, doc, provider, frames);
    open.push(copy);
    await copy.loaded;
    const before = await storedUpdates(name);
    for (const character of '提高政治站位') doc.getText('t').insert(doc.getText('t').length, character);
    expect(await storedUpdates(name)).toBe(before);
    frames.step();
    expect(await storedUpdates(name)).toBe(before + 1);

    doc.getText('t').insert(0, '1、');
    globalThis.dispatchEvent(new Event('pagehide'));
    expect(frames.waiting).toBe(0);
    expect(await storedUpdates(name)).toBe(before + 2);
    await close({ doc, copy });

    const reloaded = await openCopy(name);
    expect(reloaded.doc.getText('t').toString()).toBe('1、提高政治站位');
  });
});
