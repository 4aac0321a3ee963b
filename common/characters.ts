import type { Node } from 'prosemirror-model';
import { perBlock } from './block-cache';

/**
 * 字数 as speechwriters count it: CJK ideographs and digits, not punctuation, spaces or Latin letters.
 * (Offices count a speech's length this way to estimate its delivery time.)
 */
const COUNTED = /[\p{Script=Han}0-9０-９〇]/gu;

export function countCharacters(text: string): number {
  return text.match(COUNTED)?.length ?? 0;
}

const leafText = (leaf: Node) => leaf.type.spec.leafText?.(leaf) ?? '';

/** 字数 of one top-level block, placeholders by the text they show before resolution. */
export function countBlockCharacters(block: Node): number {
  return countCharacters(block.textBetween(0, block.content.size, '\n', leafText));
}

const cachedBlockCharacters = perBlock(countBlockCharacters);

/**
 * Counts the whole speech, placeholders by the text they show before resolution. Counted block by block
 * (no counted character spans two blocks), so a keystroke recounts only the block it changed.
 */
export function countDocumentCharacters(doc: Node, count: (block: Node) => number = cachedBlockCharacters): number {
  let total = 0;
  doc.forEach((block) => {
    total += count(block);
  });
  return total;
}
