import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';

/** A top-level block of the speech's body with its position. */
export interface BodyBlock {
  node: Node;
  pos: number;
  index: number;
}

export function isBodyBlock(node: Node): boolean {
  return node.type.name === 'paragraph' || node.type.name === 'heading';
}

/** The body blocks (paragraphs and headings) the selection touches, in order. */
export function selectedBodyBlocks(state: EditorState): BodyBlock[] {
  const { from, to } = state.selection;
  const blocks: BodyBlock[] = [];
  const doc = state.doc;
  const first = doc.resolve(from).index(0);
  const last = doc.resolve(to).index(0);
  let pos = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    const node = doc.child(index);
    if (index >= first && index <= last && isBodyBlock(node)) blocks.push({ node, pos, index });
    pos += node.nodeSize;
  }
  return blocks;
}

/** Every top-level block with its position. */
export function topBlocks(doc: Node): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  doc.forEach((node, pos, index) => blocks.push({ node, pos, index }));
  return blocks;
}
