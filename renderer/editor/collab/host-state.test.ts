import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createThread, deleteComment, editComment, readThreads, replyToThread, setThreadStatus } from '../comments/comment-threads';
import { decodeHostState, emptyHostState, encodeHostState, hostStateOf, mergeHostStates, unsyncedChanges, withHostUpdate } from './host-state';

/** A host doc with a speech line, and a client that has synced it (the host has all the client has). */
function syncedPair() {
  const host = new Y.Doc();
  host.getText('t').insert(0, '一年来，全区经济稳中有进。');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(host));
  return { host, client, text: client.getText('t') };
}

function typeOneByOne(text: Y.Text, at: number, word: string): void {
  [...word].forEach((character, index) => text.insert(at + index, character));
}

describe('unsyncedChanges', () => {
  it('is zero for a doc the host has acknowledged', () => {
    const { client } = syncedPair();
    expect(unsyncedChanges(client, hostStateOf(client))).toBe(0);
  });

  it('counts a word typed key by key as one change and each separate place as another', () => {
    const { client, text } = syncedPair();
    const acknowledged = hostStateOf(client);
    typeOneByOne(text, text.length, '成绩来之不易');
    expect(unsyncedChanges(client, acknowledged)).toBe(1);
    typeOneByOne(text, 0, '同志们：');
    expect(unsyncedChanges(client, acknowledged)).toBe(2);
    text.delete(6, 2);
    expect(unsyncedChanges(client, acknowledged)).toBe(3);
  });

  it('counts a new paragraph with its text as one change, and a mark set on a word as one', () => {
    const host = new Y.Doc();
    const fragment = host.getXmlFragment('prosemirror');
    const existing = new Y.XmlElement('paragraph');
    existing.insert(0, [new Y.XmlText('一年来，全区经济稳中有进。')]);
    fragment.insert(0, [existing]);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(host));
    const acknowledged = hostStateOf(client);
    const added = new Y.XmlElement('paragraph');
    client.getXmlFragment('prosemirror').insert(1, [added]);
    const text = new Y.XmlText();
    added.insert(0, [text]);
    typeOneByOne(text, 0, '成绩来之不易。');
    expect(unsyncedChanges(client, acknowledged)).toBe(1);
    const line = client.getXmlFragment('prosemirror').get(0) as Y.XmlElement;
    (line.get(0) as Y.XmlText).format(0, 3, { strong: {} });
    expect(unsyncedChanges(client, acknowledged)).toBe(2);
  });

  it('does not count what was typed and erased again before the host saw it', () => {
    const { client, text } = syncedPair();
    const acknowledged = hostStateOf(client);
    typeOneByOne(text, 0, '错字');
    text.delete(0, 2);
    expect(unsyncedChanges(client, acknowledged)).toBe(0);
  });

  it('does not count deletions the host already has', () => {
    const { client, text } = syncedPair();
    text.delete(0, 3);
    const acknowledged = hostStateOf(client);
    expect(unsyncedChanges(client, acknowledged)).toBe(0);
    text.delete(0, 1);
    expect(unsyncedChanges(client, acknowledged)).toBe(1);
  });

  it('does not count what the host sent, only what it lacks', () => {
    const { host, client, text } = syncedPair();
    let known = hostStateOf(client);
    text.insert(0, '本地');
    const before = Y.encodeStateVector(host);
    host.getText('t').insert(host.getText('t').length, '远端');
    host.getText('t').delete(0, 1);
    const fromHost = Y.encodeStateAsUpdate(host, before);
    Y.applyUpdate(client, fromHost);
    known = withHostUpdate(known, fromHost);
    expect(unsyncedChanges(client, known)).toBe(1);
  });
});

describe('host state storage', () => {
  it("counts each comment operation as one change: a thread, a reply, a status, an edit, a deletion", () => {
    const author = { name: '审稿人', color: '#2563eb' };
    const host = new Y.Doc();
    const anchor = { from: new Uint8Array([1]), to: new Uint8Array([2]) };
    const first = createThread(host, { ...anchor, quote: '全区经济', text: '请核实口径', author }) ?? '';
    const second = createThread(host, { ...anchor, quote: '稳中有进', text: '可再斟酌', author }) ?? '';
    replyToThread(host, second, author, '同意');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(host));
    const acknowledged = hostStateOf(client);
    const count = (change: () => void) => {
      change();
      return unsyncedChanges(client, acknowledged);
    };
    const firstComment = () => readThreads(client).find((thread) => thread.id === first)?.comments[0]?.id ?? '';

    expect(count(() => setThreadStatus(client, first, 'resolved'))).toBe(1);
    expect(count(() => setThreadStatus(client, first, 'open'))).toBe(1);
    expect(count(() => editComment(client, first, firstComment(), author, '请核实统计口径'))).toBe(2);
    expect(count(() => editComment(client, first, firstComment(), author, '请再核实统计口径'))).toBe(2);
    expect(count(() => replyToThread(client, first, author, '已核实'))).toBe(3);
    expect(count(() => createThread(client, { ...anchor, quote: '成绩', text: '新批注', author }))).toBe(4);
    const opening = readThreads(client).find((thread) => thread.id === second)?.comments[1]?.id ?? '';
    expect(count(() => deleteComment(client, second, opening, author))).toBe(5);
  });

  it('survives encoding and merges by union', () => {
    const { client, text } = syncedPair();
    const early = hostStateOf(client);
    text.insert(0, '新');
    const late = hostStateOf(client);
    const decoded = decodeHostState(encodeHostState(early));
    expect(decoded && Y.equalSnapshots(decoded, early)).toBe(true);
    expect(Y.equalSnapshots(mergeHostStates(early, late), late)).toBe(true);
    expect(Y.equalSnapshots(mergeHostStates(emptyHostState(), early), early)).toBe(true);
  });

  it('reads bytes that are not a snapshot as nothing known', () => {
    expect(decodeHostState(new Uint8Array([255, 255, 255]))).toBeNull();
    expect(decodeHostState('snapshot')).toBeNull();
    expect(decodeHostState(undefined)).toBeNull();
  });
});
