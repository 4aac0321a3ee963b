import { fromChineseNumeral } from '../chinese-numerals';
import type { Check } from './check-input';
import { enumerationMarkers } from './enumeration-markers';
import type { Finding } from './finding';
import { textBlocks, type TextBlock } from './text-blocks';

/**
 * "下面，我讲三点意见" followed by a different number of parts: a part was added or cut after the sentence was
 * written. The parts are what comes after the announcement on the next level down: headings of that level until
 * the announcement's own part ends; without such headings, numbered points of that level; without those, the
 * typed enumeration (一是…, 第一…) that follows. When none of these follows, the count cannot be told and nothing
 * is reported. (Templates write the count as {{#部分数}}, a chip that always matches.)
 */
const ANNOUNCEMENT = /(?:讲|谈|强调|提|说)(?:以下)?([两二三四五六七八九十]{1,2})(?:点|个方面|个问题|条)/gu;

const numeral = (text: string): number | undefined => (text === '两' ? 2 : fromChineseNumeral(text));

/** The blocks after the announcement's block, up to the end of its part (a heading on its level or above). */
function followingPart(blocks: readonly TextBlock[], index: number, level: number): TextBlock[] {
  const part: TextBlock[] = [];
  for (const block of blocks.slice(index + 1)) {
    if (block.type === 'heading' && block.level <= level) break;
    part.push(block);
  }
  return part;
}

/** How many parts follow, or undefined when nothing countable follows. */
function partsCount(announcement: TextBlock, afterOffset: number, part: readonly TextBlock[], level: number): number | undefined {
  const headings = part.filter((block) => block.type === 'heading' && block.level === level + 1).length;
  if (headings > 0) return headings;
  const points = part.filter((block) => block.type === 'paragraph' && block.level === level + 1).length;
  if (points > 0) return points;
  const markers = [announcement, ...part].filter((block) => block.type === 'paragraph').flatMap((block) => enumerationMarkers(block, block === announcement ? afterOffset : 0));
  const first = markers[0];
  if (!first || first.value !== 1) return undefined;
  // The enumeration of the announcement: its style's markers until the next one that starts again at 一.
  const own = markers.filter((marker) => marker.style === first.style);
  const restart = own.findIndex((marker, index) => index > 0 && marker.value === 1);
  return (restart === -1 ? own : own.slice(0, restart)).length;
}

export const announcedCountCheck: Check = ({ doc }) => {
  const blocks = textBlocks(doc);
  const findings: Finding[] = [];
  let level = 0;
  blocks.forEach((block, index) => {
    if (block.type === 'heading') level = block.level;
    if (block.type !== 'paragraph') return;
    for (const match of block.text.matchAll(ANNOUNCEMENT)) {
      const announced = numeral(match[1] ?? '');
      const end = match.index + match[0].length;
      const found = partsCount(block, end, followingPart(blocks, index, level), level);
      if (announced === undefined || found === undefined || found === announced) continue;
      findings.push({
        kind: 'announced-count',
        message: `'${match[0]}' announces ${announced} parts, but ${found} follow`,
        text: match[0],
        from: block.start + match.index,
        to: block.start + end,
        params: { announced, found },
      });
    }
  });
  return findings;
};
