import * as Y from 'yjs';

/** An edit of one text, in the order they apply: each index counts the text as the edits before left it. */
type TextEdit = { index: number; remove: number } | { index: number; insert: string };

function visibleAt(item: Y.Item, snapshot: Y.Snapshot): boolean {
  return (snapshot.sv.get(item.id.client) ?? 0) > item.id.clock && !Y.isDeleted(snapshot.ds, item.id);
}

/**
 * The edits that make a text read as it did at `snapshot`, by its items: what was written since is deleted,
 * and what was deleted since is written again where it stood. Unlike a diff of the two strings, this touches
 * exactly the changes made in between, so a compare of the revert shows those and nothing else.
 */
function editsOf(text: Y.XmlText, snapshot: Y.Snapshot): TextEdit[] {
  const edits: TextEdit[] = [];
  let index = 0;
  for (let item = text._start; item; item = item.right) {
    if (!item.countable) continue;
    const now = !item.deleted;
    const then = visibleAt(item, snapshot);
    if (now && !then) edits.push({ index, remove: item.length });
    else if (!now && then && item.content instanceof Y.ContentString) {
      edits.push({ index, insert: item.content.str });
      index += item.length;
    } else if (now) index += item.length;
  }
  return edits;
}

/**
 * Makes every text of the fragment that exists now read as it did at `snapshot` (the document must keep its
 * deleted content). Items are split at the snapshot's boundaries first, in the same transaction: Yjs merges
 * them back when it ends. Structure (paragraphs added or removed, marks, placeholders) is left to the caller.
 */
export function revertTexts(ydoc: Y.Doc, fragment: Y.XmlFragment, snapshot: Y.Snapshot): void {
  ydoc.transact((transaction) => {
    snapshot.sv.forEach((clock, client) => {
      if (clock < Y.getState(ydoc.store, client)) Y.getItemCleanStart(transaction, Y.createID(client, clock));
    });
    Y.iterateDeletedStructs(transaction, snapshot.ds, () => undefined);
    const texts = [...fragment.createTreeWalker((node) => node instanceof Y.XmlText)] as Y.XmlText[];
    for (const text of texts) {
      for (const edit of editsOf(text, snapshot)) {
        if ('remove' in edit) text.delete(edit.index, edit.remove);
        else text.insert(edit.index, edit.insert);
      }
    }
  });
}
