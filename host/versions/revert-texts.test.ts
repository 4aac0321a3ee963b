import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { revertTexts } from './revert-texts';

/** A doc kept as the host keeps speeches (gc off) with one paragraph of text. */
function speech(): { ydoc: Y.Doc; text: Y.XmlText } {
  const ydoc = new Y.Doc({ gc: false });
  const paragraph = new Y.XmlElement('paragraph');
  ydoc.getXmlFragment('prosemirror').insert(0, [paragraph]);
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return { ydoc, text };
}

/** What a change inserts (its strings) and how many characters it deletes. */
function changeOf(ydoc: Y.Doc, run: () => void): { inserted: string[]; deleted: number } {
  const before = Y.encodeStateVector(ydoc);
  const deletedBefore = deletedCount(ydoc);
  run();
  const update = Y.encodeStateAsUpdate(ydoc, before);
  const inserted = Y.decodeUpdate(update).structs.flatMap((struct) => (struct instanceof Y.Item && struct.content instanceof Y.ContentString ? [struct.content.str] : []));
  return { inserted, deleted: deletedCount(ydoc) - deletedBefore };
}

function deletedCount(ydoc: Y.Doc): number {
  let count = 0;
  Y.snapshot(ydoc).ds.clients.forEach((ranges) => ranges.forEach((range) => (count += range.len)));
  return count;
}

describe('revertTexts', () => {
  it('deletes what was written since and writes again what was deleted since, nothing else', () => {
    const { ydoc, text } = speech();
    text.insert(0, '删掉的这句话。保留的这句话。');
    const then = Y.snapshot(ydoc);
    text.delete(0, '删掉的这句话。'.length);
    // Typed in two transactions by one client: Yjs merges the items, across the snapshot's boundary too.
    text.insert(text.length, '新加的');
    text.insert(text.length, '一句话。');

    const change = changeOf(ydoc, () => revertTexts(ydoc, ydoc.getXmlFragment('prosemirror'), then));
    expect(text.toString()).toBe('删掉的这句话。保留的这句话。');
    expect(change).toEqual({ inserted: ['删掉的这句话。'], deleted: '新加的一句话。'.length });
  });

  it('keeps text written before the snapshot that a later item merged with', () => {
    const { ydoc, text } = speech();
    text.insert(0, '保留');
    const then = Y.snapshot(ydoc);
    text.insert(2, '追加');
    revertTexts(ydoc, ydoc.getXmlFragment('prosemirror'), then);
    expect(text.toString()).toBe('保留');
  });
});
