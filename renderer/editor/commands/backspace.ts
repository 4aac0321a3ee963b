import { TextSelection, type Command } from 'prosemirror-state';
import { speechSchema } from '../../../common/schema';
import { isFrontMatter } from './enter';

/** Index of the first body block: after title, meta line and salutation. */
const FIRST_BODY_INDEX = 3;

/**
 * Backspace at the start of a block, where joining would break the speech's frame or lose structure:
 * - title, meta line and salutation never merge (the caret moves to the end of the block before);
 * - a heading or point first becomes plain text, as in a list, and only a second Backspace joins it;
 * - the first body paragraph never merges into the salutation (an empty one is removed instead).
 * Anywhere else the default joining applies.
 */
export const speechBackspace: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.depth !== 1 || $from.parentOffset !== 0) return false;
  const block = $from.parent;
  const index = $from.index(0);
  const blockStart = $from.before(1);
  if (block.type.name === 'title') return true;
  if (isFrontMatter(block.type.name)) {
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(state.doc, blockStart - 1)));
    return true;
  }
  const isPoint = block.type === speechSchema.nodes.paragraph && (block.attrs.point as number) > 0;
  if (block.type === speechSchema.nodes.heading || isPoint) {
    if (dispatch) {
      const tr = state.tr.setNodeMarkup(blockStart, speechSchema.nodes.paragraph, { point: 0 });
      tr.removeMark(blockStart + 1, blockStart + 1 + block.content.size, speechSchema.marks.lead);
      dispatch(tr);
    }
    return true;
  }
  if (index !== FIRST_BODY_INDEX) return false;
  if (dispatch) {
    const tr = state.tr;
    // The body needs at least one block.
    if (block.content.size === 0 && state.doc.childCount > FIRST_BODY_INDEX + 1) tr.delete(blockStart, blockStart + block.nodeSize);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, blockStart - 1)));
  }
  return true;
};

/** Delete at the end of the title, meta line or salutation would pull the next block into it. */
export const speechDelete: Command = (state) => {
  const { $to, empty } = state.selection;
  return empty && $to.depth === 1 && isFrontMatter($to.parent.type.name) && $to.parentOffset === $to.parent.content.size;
};
