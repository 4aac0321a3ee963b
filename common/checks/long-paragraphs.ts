import type { Check } from './check-input';
import type { Finding } from './finding';
import { textBlocks, visibleLength } from './text-blocks';

/**
 * Paragraphs far longer than the rest of the speech: two paragraphs run together, or a pasted block nobody broke
 * up. Long means both more than FACTOR times the median paragraph and more than MIN_LENGTH characters, so that a
 * speech of short paragraphs does not flag an ordinary one.
 */
const FACTOR = 3;
const MIN_LENGTH = 400;
/** The beginning of the paragraph stands for it in the list. */
const EXCERPT = 30;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const longParagraphCheck: Check = ({ doc }) => {
  const paragraphs = textBlocks(doc)
    .filter((block) => block.type === 'paragraph')
    .map((block) => ({ block, length: visibleLength(block.text) }))
    .filter(({ length }) => length > 0);
  const typical = median(paragraphs.map(({ length }) => length));
  const findings: Finding[] = [];
  for (const { block, length } of paragraphs) {
    if (length <= MIN_LENGTH || length <= FACTOR * typical) continue;
    const text = block.text.trim();
    const from = block.start + block.text.indexOf(text);
    findings.push({
      kind: 'long-paragraph',
      message: `paragraph of ${length} characters; the median paragraph has ${typical}`,
      text: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
      from,
      to: from + text.length,
      params: { length, median: typical },
    });
  }
  return findings;
};
