import type { Check } from './check-input';
import type { Finding } from './finding';
import { paragraphRepeats } from './repeated-paragraphs';
import { sentences, textBlocks, visibleLength } from './text-blocks';

/** Short sentences (要抓好落实。) repeat in any speech; a long one said twice was pasted twice. */
const MIN_LENGTH = 12;

const key = (text: string) => text.replace(/[\s\u3000。！？；!?;]/gu, '');

/**
 * Sentences that repeat an earlier sentence anywhere in the speech; every repeat is a finding, the first
 * occurrence is not. A paragraph that repeats a whole earlier paragraph is that check's finding, not one per sentence.
 */
export const repeatedSentenceCheck: Check = ({ doc }) => {
  const blocks = textBlocks(doc);
  const wholeRepeats = paragraphRepeats(blocks);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    for (const sentence of sentences(block.text)) {
      if (visibleLength(sentence.text) < MIN_LENGTH) continue;
      const sentenceKey = key(sentence.text);
      if (!seen.has(sentenceKey)) {
        seen.add(sentenceKey);
        continue;
      }
      if (wholeRepeats.has(block)) continue;
      const text = sentence.text.trim();
      const from = block.start + sentence.start + sentence.text.indexOf(text);
      findings.push({ kind: 'repeated-sentence', message: 'this sentence repeats an earlier one', text, from, to: from + text.length, params: {} });
    }
  }
  return findings;
};
