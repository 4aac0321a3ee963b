import type { Node } from 'prosemirror-model';

/**
 * 字数 as speechwriters count it: CJK ideographs and digits, not punctuation, spaces or Latin letters.
 * (Offices count a speech's length this way to estimate its delivery time.)
 */
const COUNTED = /[\p{Script=Han}0-9０-９〇]/gu;

export function countCharacters(text: string): number {
  return text.match(COUNTED)?.length ?? 0;
}

/** Counts the whole speech, placeholders by the text they show before resolution. */
export function countDocumentCharacters(doc: Node): number {
  return countCharacters(doc.textBetween(0, doc.content.size, '\n', (leaf) => leaf.type.spec.leafText?.(leaf) ?? ''));
}
