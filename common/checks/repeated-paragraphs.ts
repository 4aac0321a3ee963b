import type { Check } from './check-input';
import type { Finding } from './finding';
import { textBlocks, visibleLength, type TextBlock } from './text-blocks';

/** Shorter paragraphs (同志们：, a one-line heading-like sentence) repeat by design. */
const MIN_LENGTH = 10;

const key = (text: string) => text.replace(/[\s\u3000]/gu, '');

/** Paragraphs whose text repeats an earlier paragraph's, each with the index of the first one: copy-paste leftovers. */
export function paragraphRepeats(blocks: readonly TextBlock[]): Map<TextBlock, number> {
  const first = new Map<string, number>();
  const repeats = new Map<TextBlock, number>();
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph' || visibleLength(block.text) < MIN_LENGTH) return;
    const earlier = first.get(key(block.text));
    if (earlier === undefined) first.set(key(block.text), index);
    else repeats.set(block, earlier);
  });
  return repeats;
}

export const repeatedParagraphCheck: Check = ({ doc }) => {
  const blocks = textBlocks(doc);
  const findings: Finding[] = [];
  for (const [block] of paragraphRepeats(blocks)) {
    const text = block.text.trim();
    const from = block.start + block.text.indexOf(text);
    findings.push({ kind: 'repeated-paragraph', message: 'this paragraph repeats an earlier one', text, from, to: from + text.length, params: {} });
  }
  return findings;
};
