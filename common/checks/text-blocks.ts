import type { Node } from 'prosemirror-model';

/** Placeholders and other leaf inline nodes stand as this one character, so that offsets map onto positions. */
export const LEAF = '\ufffc';

export interface TextBlock {
  type: string;
  /** Position of the block's first content position: text offset i is at position start + i. */
  start: number;
  text: string;
}

/** Every textblock of the speech in order, its text read with each placeholder as one LEAF character. */
export function textBlocks(doc: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ type: node.type.name, start: pos + 1, text: node.textBetween(0, node.content.size, undefined, LEAF) });
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
