import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { Fragment, type Node } from 'prosemirror-model';
import type { NodeJson } from '../../../common/api';
import { blockLevel } from '../../../common/numbering';
import { speechSchema } from '../../../common/schema';
import { isBodyBlock, topBlocks } from './body-blocks';

/** The template's blocks as nodes of the speech schema, or undefined when any is not a valid body block. */
export function sectionNodes(content: readonly NodeJson[]): Node[] | undefined {
  if (content.length === 0) return undefined;
  try {
    const nodes = content.map((json) => speechSchema.nodeFromJSON(json));
    for (const node of nodes) node.check();
    return nodes.every(isBodyBlock) ? nodes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where inserted blocks go: after the body block at the caret, or at the top of the body when the caret is in
 * the frame. A section that starts with a numbered block of level L goes after the whole level-L section the
 * caret is in, so that inserting a part never splits another part's heading from its points.
 */
function insertionRange(state: EditorState, first: Node): { from: number; to: number } {
  const blocks = topBlocks(state.doc);
  const index = state.selection.$from.index(0);
  const here = blocks[index];
  if (!here || !isBodyBlock(here.node)) {
    const firstBody = blocks.find((block) => isBodyBlock(block.node));
    const at = firstBody?.pos ?? state.doc.content.size;
    return { from: at, to: at };
  }
  // An empty plain paragraph at the caret is where the writer meant the section to go: it is replaced.
  if (here.node.type.name === 'paragraph' && here.node.content.size === 0 && here.node.attrs.point === 0) return { from: here.pos, to: here.pos + here.node.nodeSize };
  const level = blockLevel(first);
  const end = level === undefined ? undefined : blocks.slice(index + 1).find((block) => (blockLevel(block.node) ?? Infinity) <= level);
  const after = end?.pos ?? (level === undefined ? here.pos + here.node.nodeSize : state.doc.content.size);
  return { from: after, to: after };
}

/**
 * Inserts a section template's blocks as top-level blocks (see insertionRange for where). Numbers are
 * computed, so the sections after it renumber by themselves. The caret ends at the end of the inserted text.
 */
export function insertSection(content: readonly NodeJson[]): Command {
  return (state, dispatch) => {
    const nodes = sectionNodes(content);
    if (!nodes) return false;
    if (dispatch) {
      const { from, to } = insertionRange(state, nodes[0]!);
      const inserted = Fragment.from(nodes);
      const tr = state.tr.replaceWith(from, to, inserted);
      tr.setSelection(TextSelection.near(tr.doc.resolve(from + inserted.size), -1));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
