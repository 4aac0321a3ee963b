import { TextSelection, type Command } from 'prosemirror-state';
import { Fragment, type Node } from 'prosemirror-model';
import { blockLevel } from '../../../common/numbering';
import { topBlocks, type BodyBlock } from './body-blocks';
import { enclosingSection, sectionAt, type Section } from './section-range';

/** The sibling before a section: the previous numbered block on its level, with nothing higher between. */
function previousSibling(blocks: BodyBlock[], section: Section): Section | undefined {
  for (let start = section.start - 1; start >= 0; start -= 1) {
    const block = blocks[start];
    const level = block && blockLevel(block.node);
    if (level === undefined) continue;
    if (level < section.level) return undefined;
    if (level === section.level) return sectionAt(blocks, start);
  }
  return undefined;
}

function nextSibling(blocks: BodyBlock[], section: Section): Section | undefined {
  const next = blocks[section.end];
  return next && blockLevel(next.node) === section.level ? sectionAt(blocks, section.end) : undefined;
}

function slice(doc: Node, section: Section): Fragment {
  const nodes: Node[] = [];
  for (let index = section.start; index < section.end; index += 1) nodes.push(doc.child(index));
  return Fragment.from(nodes);
}

function posOf(blocks: BodyBlock[], doc: Node, index: number): number {
  return blocks[index]?.pos ?? doc.content.size;
}

/**
 * Moves the section at the selection (a heading or point with everything under it) past its neighbouring
 * section on the same level. Numbers are computed, so both renumber by themselves.
 */
export function moveSection(direction: 'up' | 'down'): Command {
  return (state, dispatch) => {
    const doc = state.doc;
    const blocks = topBlocks(doc);
    const section = enclosingSection(blocks, state.selection.$from.index(0));
    if (!section) return false;
    const sibling = direction === 'up' ? previousSibling(blocks, section) : nextSibling(blocks, section);
    if (!sibling) return false;
    if (dispatch) {
      const [first, second] = direction === 'up' ? [sibling, section] : [section, sibling];
      const from = posOf(blocks, doc, first.start);
      const to = posOf(blocks, doc, second.end);
      const moved = slice(doc, section);
      const swapped = direction === 'up' ? moved.append(slice(doc, sibling)) : slice(doc, sibling).append(moved);
      const tr = state.tr.replaceWith(from, to, swapped);
      // Keep the caret at the same place inside the moved section.
      const offset = state.selection.from - posOf(blocks, doc, section.start);
      const newStart = direction === 'up' ? from : from + (to - from) - moved.size;
      tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(newStart + offset, tr.doc.content.size))));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
