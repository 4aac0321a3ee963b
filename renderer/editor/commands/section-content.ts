import type { EditorState } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../../../common/api';
import { isBodyBlock, selectedBodyBlocks, topBlocks } from './body-blocks';
import { enclosingSection } from './section-range';

/**
 * The blocks a "save as template" takes: the body blocks a selection across blocks touches; otherwise (a
 * caret, a few words, a chip) the section around it (its heading or point with everything under it), else
 * the block at the caret alone.
 * As ProseMirror JSON, so placeholders and slots are kept as they are.
 */
export function sectionContent(state: EditorState): NodeJson[] {
  let nodes: Node[];
  const { $from, $to } = state.selection;
  if ($from.index(0) !== $to.index(0)) {
    nodes = selectedBodyBlocks(state).map((block) => block.node);
  } else {
    const blocks = topBlocks(state.doc);
    const index = $from.index(0);
    const section = enclosingSection(blocks, index);
    const here = blocks[index]?.node;
    nodes = section ? blocks.slice(section.start, section.end).map((block) => block.node) : here && isBodyBlock(here) ? [here] : [];
  }
  return nodes.map((node) => node.toJSON() as NodeJson);
}
