import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UpdateRelay } from './relay';
import { fakeFrames } from '../testing/fake-frames';

function text(doc: Y.Doc): string {
  return doc.getText('t').toString();
}

describe('UpdateRelay', () => {
  it('starts the editor doc from the network doc and shares its client id', () => {
    const network = new Y.Doc();
    network.getText('t').insert(0, 'abc');
    const editor = new Y.Doc();
    new UpdateRelay(network, editor);
    expect(text(editor)).toBe('abc');
    expect(editor.clientID).toBe(network.clientID);
  });

  it('copies updates both ways', () => {
    const network = new Y.Doc();
    const editor = new Y.Doc();
    new UpdateRelay(network, editor);
    editor.getText('t').insert(0, 'local');
    expect(text(network)).toBe('local');
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(network));
    remote.getText('t').insert(5, ' remote');
    Y.applyUpdate(network, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(network)));
    expect(text(editor)).toBe('local remote');
  });

  it('keeps the editor doc\'s client id while a remote update lands in it, as observers see it', () => {
    const network = new Y.Doc();
    const editor = new Y.Doc();
    new UpdateRelay(network, editor);
    editor.getText('t').insert(0, 'local');
    const idsSeen: number[] = [];
    // y-prosemirror's cursor plugin reads the doc's client id from inside such an observer.
    editor.getText('t').observe(() => idsSeen.push(editor.clientID));
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(network));
    remote.getText('t').insert(5, '!');
    Y.applyUpdate(network, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(network)));
    expect(idsSeen).toEqual([network.clientID]);
    expect(editor.clientID).toBe(network.clientID);
  });

  it('queues remote updates while held and applies them on release, while local ones still flow out', () => {
    const network = new Y.Doc();
    const editor = new Y.Doc();
    const relay = new UpdateRelay(network, editor);
    let changes = 0;
    relay.onChange(() => (changes += 1));
    const remote = new Y.Doc();
    remote.getText('t').insert(0, 'R');
    relay.hold();
    Y.applyUpdate(network, Y.encodeStateAsUpdate(remote));
    editor.getText('t').insert(0, 'L');
    expect(text(editor)).toBe('L');
    expect(relay.pending).toBe(1);
    expect(text(network).split('').sort().join('')).toBe('LR');
    relay.release();
    expect(relay.pending).toBe(0);
    expect(text(editor)).toBe(text(network));
    expect(changes).toBe(2);
  });

  it('nests holds', () => {
    const network = new Y.Doc();
    const editor = new Y.Doc();
    const relay = new UpdateRelay(network, editor);
    relay.hold();
    relay.hold();
    network.getText('t').insert(0, 'x');
    relay.release();
    expect(text(editor)).toBe('');
    relay.release();
    expect(text(editor)).toBe('x');
  });
});

describe('UpdateRelay client id', () => {
  it('keeps the shared client id on both docs through relayed updates', () => {
    const network = new Y.Doc();
    const editor = new Y.Doc();
    new UpdateRelay(network, editor);
    const id = network.clientID;
    editor.getText('t').insert(0, 'a');
    editor.getText('t').insert(1, 'b');
    expect(network.clientID).toBe(id);
    expect(editor.clientID).toBe(id);
    expect(Y.encodeStateVector(network)).toEqual(Y.encodeStateVector(editor));
  });
});

describe('UpdateRelay with a frame clock', () => {
  function peerTyping(network: Y.Doc) {
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(network));
    peer.on('update', (update: Uint8Array) => Y.applyUpdate(network, update));
    return peer;
  }

  it('applies a remote update after a quiet frame at once, and the rest of that frame in one update', () => {
    const frames = fakeFrames();
    const network = new Y.Doc();
    const editor = new Y.Doc();
    const relay = new UpdateRelay(network, editor, frames);
    let editorUpdates = 0;
    editor.on('update', () => (editorUpdates += 1));
    const peers = Array.from({ length: 18 }, () => peerTyping(network));
    peers.forEach((peer, index) => peer.getText('t').insert(0, String.fromCharCode(65 + index)));
    expect(text(editor)).toHaveLength(1);
    expect(relay.pending).toBe(0);
    frames.step();
    expect(editorUpdates).toBe(2);
    expect(text(editor)).toBe(text(network));
    expect(text(editor)).toHaveLength(18);
    // Two quiet frames later the next one lands at once again.
    frames.step();
    peers[0]?.getText('t').insert(0, 'z');
    expect(text(editor)).toBe(text(network));
  });

  it('sends local changes at once and keeps the shared client id', () => {
    const frames = fakeFrames();
    const network = new Y.Doc();
    const editor = new Y.Doc();
    new UpdateRelay(network, editor, frames);
    editor.getText('t').insert(0, 'local');
    expect(text(network)).toBe('local');
    const peer = peerTyping(network);
    peer.getText('t').insert(5, '!');
    peer.getText('t').insert(6, '?');
    const idsSeen: number[] = [];
    editor.getText('t').observe(() => idsSeen.push(editor.clientID));
    frames.step();
    expect(text(editor)).toBe('local!?');
    expect(idsSeen).toEqual([network.clientID]);
  });

  it('holds a frame\'s updates for a composition that started before the frame', () => {
    const frames = fakeFrames();
    const network = new Y.Doc();
    const editor = new Y.Doc();
    const relay = new UpdateRelay(network, editor, frames);
    const peer = peerTyping(network);
    peer.getText('t').insert(0, 'R');
    peer.getText('t').insert(1, 'S');
    expect(text(editor)).toBe('R');
    relay.hold();
    frames.step();
    expect(text(editor)).toBe('R');
    expect(relay.pending).toBe(1);
    relay.release();
    expect(text(editor)).toBe('RS');
    expect(relay.pending).toBe(0);
  });

  it('applies a frame\'s updates together with the held ones on release', () => {
    const frames = fakeFrames();
    const network = new Y.Doc();
    const editor = new Y.Doc();
    const relay = new UpdateRelay(network, editor, frames);
    const peer = peerTyping(network);
    peer.getText('t').insert(0, 'a');
    relay.hold();
    peer.getText('t').insert(1, 'b');
    relay.release();
    expect(text(editor)).toBe('ab');
    expect(frames.waiting).toBe(0);
  });

  it('flushes on demand', () => {
    const frames = fakeFrames();
    const network = new Y.Doc();
    const editor = new Y.Doc();
    const relay = new UpdateRelay(network, editor, frames);
    const peer = peerTyping(network);
    peer.getText('t').insert(0, 'speech');
    peer.getText('t').insert(6, '!');
    expect(text(editor)).toBe('speech');
    relay.flush();
    expect(text(editor)).toBe('speech!');
  });
});
