import type { Node } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { speechSchema } from '../../../common/schema';
import { MAX_LEVEL, type Level } from '../../../common/numbering-style';
import { retypeBlock } from './block-type';
import { selectedBodyBlocks, topBlocks } from './body-blocks';

/** The lead of a run-in point is its first sentence, up to and including the first of these. */
const SENTENCE_END = /[。！？；]/;

/** A point sits one level below the heading it follows, or on level 1 with no heading before it. */
export function pointLevelAt(doc: Node, index: number): Level {
  const before = topBlocks(doc).slice(0, index).reverse();
  const heading = before.find(({ node }) => node.type === speechSchema.nodes.heading);
  if (!heading) return 1;
  return Math.min((heading.node.attrs.level as number) + 1, MAX_LEVEL) as Level;
}

/** Length of the first sentence in a textblock's content, counted like ProseMirror positions. */
export function leadLength(block: Node): number {
  const text = block.textBetween(0, block.content.size, undefined, '\ufffc');
  const end = SENTENCE_END.exec(text);
  return end ? end.index + 1 : text.length;
}

/**
 * Turns the paragraph at the selection into a numbered run-in point whose first sentence is its bold lead,
 * or a point back into a plain paragraph. Its number is computed, so everything after it renumbers.
 */
export const toggleLead: Command = (state, dispatch) => {
  const block = selectedBodyBlocks(state)[0];
  if (!block || block.node.type !== speechSchema.nodes.paragraph) return false;
  if (dispatch) {
    const tr = state.tr;
    if ((block.node.attrs.point as number) > 0) {
      retypeBlock(tr, block, speechSchema.nodes.paragraph, { point: 0 });
    } else {
      const start = block.pos + 1;
      tr.setNodeMarkup(block.pos, undefined, { point: pointLevelAt(state.doc, block.index) });
      tr.removeMark(start, start + block.node.content.size, speechSchema.marks.lead);
      const length = leadLength(block.node);
      // lead excludes strong: a bold lead replaces any bold the writer had there.
      if (length > 0) tr.addMark(start, start + length, speechSchema.marks.lead.create());
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
};
