import type { Command, Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { speechSchema } from '../../../common/schema';
import type { Level } from '../../../common/numbering-style';
import { selectedBodyBlocks, type BodyBlock } from './body-blocks';

/** Gives a body block a new type and attributes; the lead mark belongs to points only and goes otherwise. */
export function retypeBlock(tr: Transaction, block: BodyBlock, type: Node['type'], attrs: Record<string, unknown>): void {
  const pos = tr.mapping.map(block.pos);
  tr.setNodeMarkup(pos, type, attrs);
  const isPoint = type === speechSchema.nodes.paragraph && (attrs.point as number) > 0;
  if (!isPoint) tr.removeMark(pos + 1, pos + 1 + block.node.content.size, speechSchema.marks.lead);
}

function retypeSelection(type: Node['type'], attrs: Record<string, unknown>): Command {
  return (state, dispatch) => {
    const targets = selectedBodyBlocks(state).filter(({ node }) => !node.hasMarkup(type, attrs));
    if (targets.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const block of targets) retypeBlock(tr, block, type, attrs);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

export function setHeading(level: Level): Command {
  return retypeSelection(speechSchema.nodes.heading, { level });
}

/** Plain body text: also turns a run-in point back into an ordinary paragraph. */
export const setParagraph: Command = retypeSelection(speechSchema.nodes.paragraph, { point: 0 });
