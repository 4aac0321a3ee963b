import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkUpdate, encodeUpdate, neutraliseUpdate } from './update-integrity';

/** A deterministic pseudo-random sequence, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The updates of three clients editing elements, formatted text and a map together (gc off, as the host). */
function history(next: () => number): Uint8Array[] {
  const docs = [10, 20, 30].map((clientID) => Object.assign(new Y.Doc({ gc: false }), { clientID }));
  const updates: Uint8Array[] = [];
  for (const doc of docs) {
    doc.on('update', (update: Uint8Array) => {
      updates.push(update);
      for (const other of docs) if (other !== doc) Y.applyUpdate(other, update);
    });
  }
  const at = (length: number) => Math.floor(next() * length);
  for (let i = 0; i < 30; i++) {
    const doc = docs[at(docs.length)] as Y.Doc;
    const fragment = doc.getXmlFragment('prosemirror');
    const paragraph = fragment.length > 0 ? (fragment.get(at(fragment.length)) as Y.XmlElement) : null;
    const text = paragraph?.get(0) as Y.XmlText | undefined;
    const choice = next();
    if (!paragraph || !text || choice < 0.3) {
      const created = new Y.XmlElement('paragraph');
      created.insert(0, [new Y.XmlText('讲话')]);
      fragment.insert(at(fragment.length + 1), [created]);
    } else if (choice < 0.6) text.insert(at(text.length + 1), '同志们', next() < 0.3 ? { bold: true } : undefined);
    else if (choice < 0.7) paragraph.setAttribute('align', String(next()));
    else if (choice < 0.8) doc.getMap('settings').set(next() < 0.5 ? 'a' : 'b', next());
    else if (choice < 0.9 && text.length > 1) text.delete(0, 1);
    else fragment.delete(at(fragment.length), 1);
  }
  return updates;
}

function applies(parts: Uint8Array[]): boolean {
  const ydoc = new Y.Doc({ gc: false });
  try {
    for (const part of parts) Y.applyUpdate(ydoc, part);
    return true;
  } catch {
    return false;
  }
}

describe('checkUpdate', () => {
  it('passes real updates and tells an empty one', () => {
    const updates = history(random(7));
    for (const update of updates) expect(checkUpdate(update)).toEqual({ empty: false, problem: null });
    expect(checkUpdate(Y.mergeUpdates(updates)).problem).toBeNull();
    expect(checkUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toEqual({ empty: true, problem: null });
  });

  it('flags every mutation of real references on which Y.applyUpdate throws', () => {
    const next = random(1);
    let throwing = 0;
    for (let round = 0; round < 150; round++) {
      const updates = history(next);
      const cut = 1 + Math.floor(next() * (updates.length - 1));
      const { structs, ds } = Y.decodeUpdate(Y.mergeUpdates(updates.slice(cut)));
      const items = structs.filter((struct): struct is Y.Item => struct instanceof Y.Item);
      const item = items[Math.floor(next() * items.length)];
      if (!item) continue;
      const anyId = () => Y.createID([10, 20, 30, 99][Math.floor(next() * 4)] ?? 10, Math.floor(next() * 120));
      const ownId = () => Y.createID(item.id.client, item.id.clock + Math.floor(next() * 3) - 1);
      const kind = next();
      if (kind < 0.2) item.origin = anyId();
      else if (kind < 0.4) item.rightOrigin = anyId();
      else if (kind < 0.55) item.origin = ownId();
      else if (kind < 0.65) item.rightOrigin = ownId();
      else if (kind < 0.9) {
        item.origin = null;
        item.rightOrigin = null;
        item.parent = next() < 0.5 ? anyId() : ownId();
        if (next() < 0.3) item.parentSub = 'key';
      } else {
        item.content = new Y.ContentString('');
        item.length = 0;
      }
      const mutated = encodeUpdate(structs, ds);
      const parts = [...updates.slice(0, cut), mutated, ...updates.slice(cut)];
      const { problem } = checkUpdate(mutated);
      if (!applies(parts)) {
        throwing++;
        expect(problem, `round ${round}`).not.toBeNull();
      }
      if (problem) expect(checkUpdate(neutraliseUpdate(mutated)?.update ?? mutated).problem).toBeNull();
    }
    // The mutations do reach the throwing cases (about half of them).
    expect(throwing).toBeGreaterThan(30);
  });
});

describe('neutraliseUpdate', () => {
  it('replaces only the struct that would throw, so the rest of the update applies', () => {
    const source = new Y.Doc();
    source.clientID = 5;
    source.getText('t').insert(0, '全面推进');
    const good = Y.encodeStateAsUpdate(source);
    const broken = new Y.Item(Y.createID(1, 0), null, Y.createID(1, 0), null, null, null, null, new Y.ContentString('坏'));
    const update = Y.mergeUpdates([good, encodeUpdate([broken], Y.createDeleteSet())]);
    expect(applies([update])).toBe(false);
    expect(neutraliseUpdate(good)).toBeNull();
    const neutralised = neutraliseUpdate(update);
    expect(neutralised?.problems).toEqual(['item 1:0 refers to 1:0, not written before it']);
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, neutralised?.update ?? update);
    expect(ydoc.getText('t').toString()).toBe('全面推进');
    expect(Y.decodeStateVector(Y.encodeStateVector(ydoc)).get(1)).toBe(1);
  });
});
