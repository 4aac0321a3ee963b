import { toChineseNumeral } from '../chinese-numerals';
import type { Check } from './check-input';
import { enumerationMarkers, type EnumerationMarker, type MarkerStyle } from './enumeration-markers';
import type { Finding } from './finding';
import { textBlocks } from './text-blocks';

/**
 * A typed enumeration that skips or repeats a number: 一是…二是…四是, 第一…第三, 一是…二是…二是 — left behind when a
 * point was cut or copied. 一是 and 第一 each start a new enumeration; a heading ends every enumeration, since
 * points of one part are not counted on in the next.
 */
const MARKER_WORD: Record<MarkerStyle, (value: number) => string> = {
  shi: (value) => `${toChineseNumeral(value)}是`,
  di: (value) => `第${toChineseNumeral(value)}`,
};

function finding(marker: EnumerationMarker, expected: number, problem: 'skipped' | 'repeated'): Finding {
  const expectedText = MARKER_WORD[marker.style](expected);
  return {
    kind: 'enumeration-sequence',
    message: problem === 'skipped' ? `'${marker.text}' comes where '${expectedText}' is expected: a number is skipped` : `'${marker.text}' repeats a number already used; '${expectedText}' is expected`,
    text: marker.text,
    from: marker.from,
    to: marker.to,
    params: { problem, expected: expectedText },
  };
}

export const enumerationSequenceCheck: Check = ({ doc }) => {
  const findings: Finding[] = [];
  const last = new Map<MarkerStyle, number>();
  for (const block of textBlocks(doc)) {
    if (block.type === 'heading') last.clear();
    if (block.type !== 'paragraph') continue;
    for (const marker of enumerationMarkers(block)) {
      const previous = last.get(marker.style) ?? 0;
      if (marker.value !== 1 && marker.value !== previous + 1) findings.push(finding(marker, previous + 1, marker.value > previous ? 'skipped' : 'repeated'));
      // Go on from what the text says, so that one slip is reported once: 一是 二是 四是 五是 flags 四是 only.
      last.set(marker.style, marker.value);
    }
  }
  return findings;
};
