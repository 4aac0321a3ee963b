import type { Check } from './check-input';
import { textBlocks } from './text-blocks';

/**
 * 二〇二〇年 in body text: the official style (GB/T 15835, applied by GB/T 9704) writes years in Arabic numerals,
 * 2020年, and never abbreviates them. Only paragraphs and headings are read; a title or a quotation set apart
 * is the writer's call.
 */
const DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}年/gu;

export const chineseNumeralYearCheck: Check = ({ doc }) =>
  textBlocks(doc)
    .filter((block) => block.type === 'paragraph' || block.type === 'heading')
    .flatMap((block) =>
      [...block.text.matchAll(CHINESE_YEAR)].map((match) => {
        const arabic = `${[...match[0].slice(0, 4)].map((digit) => DIGITS[digit] ?? digit).join('')}年`;
        return {
          kind: 'chinese-numeral-year' as const,
          message: `years are written in Arabic numerals in body text: ${arabic}, not ${match[0]}`,
          text: match[0],
          from: block.start + match.index,
          to: block.start + match.index + match[0].length,
          params: { arabic },
        };
      }),
    );
