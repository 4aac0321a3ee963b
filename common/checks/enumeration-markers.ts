import { fromChineseNumeral } from '../chinese-numerals';
import type { TextBlock } from './text-blocks';

/**
 * Enumerations typed in running text, as speeches count their points within a paragraph or across a few:
 * 一是…，二是…，三是… and 第一，…第二，…. (Headings and numbered points are counted by Speechdesk itself.)
 */
export type MarkerStyle = 'shi' | 'di';

export interface EnumerationMarker {
  style: MarkerStyle;
  /** The number it stands for: 3 for 三是 and 第三. */
  value: number;
  text: string;
  /** ProseMirror positions of the marker. */
  from: number;
  to: number;
}

// After the start of the text or a punctuation mark: 统一是, 唯一是, 全市第一， are no markers.
const SHI = /(?<=^|[。；;：:，,！!？?\s\u3000])([一二三四五六七八九十]{1,3})是/gu;
const DI = /(?<=^|[。；;：:，,！!？?\s\u3000])第([一二三四五六七八九十]{1,3})(?=[，,、：:是])/gu;

/** The markers of a block in reading order, both styles. */
export function enumerationMarkers(block: TextBlock, fromOffset = 0): EnumerationMarker[] {
  const text = block.text;
  const markers: EnumerationMarker[] = [];
  for (const [pattern, style] of [
    [SHI, 'shi'],
    [DI, 'di'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const value = fromChineseNumeral(match[1] ?? '');
      if (value === undefined || match.index < fromOffset) continue;
      markers.push({ style, value, text: match[0], from: block.start + match.index, to: block.start + match.index + match[0].length });
    }
  }
  return markers.sort((a, b) => a.from - b.from);
}
