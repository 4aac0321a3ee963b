import type { Check } from './check-input';
import type { Finding } from './finding';
import { speechDate } from './speech-date';
import { sentences, textBlocks } from './text-blocks';

/**
 * Years that contradict the speech's own year Y (see speech-date.ts), the mark of a text reused from an earlier
 * year. Two rules, kept narrow because years are everywhere in a speech (bases, targets, plan periods):
 *
 * 1. A relative year stated as a year: 今年是2019年, 明年即2021年, 去年（2019年）, 2021年也就是明年. 去年, 今年
 *    and 明年 must be Y-1, Y and Y+1.
 * 2. A sentence about 明年 that names Y itself as what is to come: in a speech of 2020, "明年，要确保2020年目标全面
 *    完成" was written in 2019. Y as a base or a deadline already known is no plan and is left alone: 2020年以来,
 *    在2020年基础上, 2020年同期, 2020年底, 2020年末, 2020年水平.
 *
 * Only years written with four digits are read.
 */
const RELATIVE: Record<string, number> = { 去年: -1, 今年: 0, 明年: 1 };

const WORD_THEN_YEAR = /(去年|今年|明年)\s*(?:[（(]|[，,]?\s*(?:即|也就是|也即)|是)\s*(\d{4})年/gu;
const YEAR_THEN_WORD = /(\d{4})年\s*(?:[（(]|[，,]?\s*(?:即|也就是|也即|是))\s*(去年|今年|明年)/gu;
const YEAR = /(\d{4})年(?!以来|基础|的基础|同期|底|末|水平)/gu;

export const yearMismatchCheck: Check = ({ doc, context }) => {
  const year = speechDate(context.variables)?.year;
  if (year === undefined) return [];
  const findings: Finding[] = [];
  const stated = (start: number, written: string, word: string, named: number) => {
    const expected = year + (RELATIVE[word] ?? 0);
    if (named === expected) return;
    findings.push({
      kind: 'year-mismatch',
      message: `${word} is ${expected} in a speech of ${year}, but the text says ${named}年`,
      text: written,
      from: start,
      to: start + written.length,
      params: { word, expected, named, year },
    });
  };
  for (const block of textBlocks(doc)) {
    const claimed: Array<[number, number]> = [];
    for (const match of block.text.matchAll(WORD_THEN_YEAR)) {
      stated(block.start + match.index, match[0], match[1] ?? '', Number(match[2]));
      claimed.push([match.index, match.index + match[0].length]);
    }
    for (const match of block.text.matchAll(YEAR_THEN_WORD)) {
      stated(block.start + match.index, match[0], match[2] ?? '', Number(match[1]));
      claimed.push([match.index, match.index + match[0].length]);
    }
    for (const sentence of sentences(block.text)) {
      if (!sentence.text.includes('明年')) continue;
      for (const match of sentence.text.matchAll(YEAR)) {
        const at = sentence.start + match.index;
        if (Number(match[1]) !== year || claimed.some(([from, to]) => at >= from && at < to)) continue;
        findings.push({
          kind: 'year-mismatch',
          message: `a sentence about 明年 plans for ${year}, the speech's own year`,
          text: match[0],
          from: block.start + at,
          to: block.start + at + match[0].length,
          params: { word: '明年', expected: year + 1, named: year, year },
        });
      }
    }
  }
  return findings;
};
