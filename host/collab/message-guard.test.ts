import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { findMalformation } from './message-guard';

function frame(type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, 'doc-1');
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function editedDoc(): Y.Doc {
  const ydoc = new Y.Doc();
  ydoc.getText('t').insert(0, '同志们好');
  ydoc.getText('t').delete(1, 1);
  return ydoc;
}

describe('findMalformation', () => {
  it('accepts every message a provider sends', () => {
    const ydoc = editedDoc();
    const awareness = new Awareness(ydoc);
    awareness.setLocalState({ user: { name: '甲', color: '#112233' } });
    const valid = [
      frame(2, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, 'token'))),
      frame(0, (e) => syncProtocol.writeSyncStep1(e, ydoc)),
      frame(0, (e) => syncProtocol.writeSyncStep2(e, ydoc)),
      frame(4, (e) => syncProtocol.writeSyncStep2(e, ydoc)),
      frame(0, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(ydoc))),
      frame(1, (e) => encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [ydoc.clientID]))),
      frame(3),
      frame(5, (e) => encoding.writeVarString(e, '{"x":1}')),
      frame(7),
    ];
    expect(valid.map(findMalformation)).toEqual(valid.map(() => null));
  });

  it('rejects frames that do not decode', () => {
    const update = Y.encodeStateAsUpdate(editedDoc());
    const cases: [Uint8Array, RegExp][] = [
      [Uint8Array.from([0xff, 0xff, 0xff]), /./],
      [new Uint8Array(0), /./],
      [frame(9), /unknown message type 9/],
      [frame(0, (e) => encoding.writeVarUint(e, 5)), /./],
      [frame(0, (e) => syncProtocol.writeUpdate(e, update.subarray(0, update.length - 2))), /./],
      [frame(0, (e) => syncProtocol.writeUpdate(e, Uint8Array.from([1, 1, 200, 1, 0, 31]))), /./],
      [frame(1, (e) => encoding.writeVarUint8Array(e, Uint8Array.from([1, 1, 1, 3, 123, 123, 123]))), /JSON/],
      [frame(2, (e) => encoding.writeVarUint(e, 1)), /unexpected auth message/],
      [Uint8Array.from([...frame(3), 0]), /trailing bytes/],
    ];
    for (const [bytes, problem] of cases) expect(findMalformation(bytes), `frame ${[...bytes]}`).toMatch(problem);
  });
});
