import type { Node } from 'prosemirror-model';

/** Placeholders and other leaf inline nodes stand as this one character, so that offsets map onto positions. */
export const LEAF = '\ufffc';

export interface TextBlock {
  type: string;
  /** A heading's level, a numbered point's level (paragraph `point`), 0 for anything else. */
  level: number;
  /** Position of the block's first content position: text offset i is at position start + i. */
  start: number;
  text: string;
}

/** Every textblock of the speech in order, its text read with each placeholder as one LEAF character. */
export function textBlocks(doc: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const level = node.type.name === 'heading' ? Number(node.attrs.level) : node.type.name === 'paragraph' ? Number(node.attrs.point ?? 0) : 0;
    blocks.push({ type: node.type.name, level, start: pos + 1, text: node.textBetween(0, node.content.size, undefined, LEAF) });
    return false;
  });
  return blocks;
}

/** A sentence of a block: it ends with (and includes) 。！？； or the end of the block. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const SENTENCE = /[^。！？；!?;]+[。！？；!?;]*/gu;

export function sentences(text: string): Sentence[] {
  return [...text.matchAll(SENTENCE)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/** Characters that count for length: everything but white space and placeholders. */
export function visibleLength(text: string): number {
  return text.replace(/[\s\u3000\ufffc]/gu, '').length;
}
