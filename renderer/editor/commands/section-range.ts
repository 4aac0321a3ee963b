import { blockLevel } from '../../../common/numbering';
import type { BodyBlock } from './body-blocks';

/** A numbered block (heading or point) with everything under it, as a range of top-level indices. */
export interface Section {
  level: number;
  start: number;
  /** Index after the section's last block. */
  end: number;
}

export function sectionAt(blocks: BodyBlock[], start: number): Section | undefined {
  const first = blocks[start];
  const level = first && blockLevel(first.node);
  if (level === undefined) return undefined;
  let end = start + 1;
  while (end < blocks.length) {
    const next = blocks[end];
    const nextLevel = next && blockLevel(next.node);
    if (nextLevel !== undefined && nextLevel <= level) break;
    end += 1;
  }
  return { level, start, end };
}

/** The section containing the block at index: the nearest numbered block at or before it owns it. */
export function enclosingSection(blocks: BodyBlock[], index: number): Section | undefined {
  for (let start = index; start >= 0; start -= 1) {
    const block = blocks[start];
    if (block && blockLevel(block.node) !== undefined) return sectionAt(blocks, start);
  }
  return undefined;
}
