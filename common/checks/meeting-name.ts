import type { Check } from './check-input';
import type { Finding } from './finding';
import { LEAF, textBlocks } from './text-blocks';

/**
 * Meetings named in the text (在……会议上, 本次……会议) that are not the speech's own `meeting` variable: a
 * leftover of the occasion the text was first written for. A name counts as the same meeting when one contains
 * the other (经济工作会议 for 全区经济工作会议). A name must end in a word for a meeting, so that 在全社会上下 is no
 * meeting; 这次会议, 本次会议 and names holding a placeholder say nothing and are skipped.
 */
const MEETING = '(?:会议|大会|全会|常委会|座谈会|推进会|分析会|部署会|调度会|动员会|总结会|汇报会|交流会|表彰会|讲评会|现场会|观摩会|例会|研讨会|培训会|务虚会)';
const NAME_CHAR = `[^，。；！？、：:,;!?“”"《》\\s${LEAF}]`;
const AT_MEETING = new RegExp(`在(${NAME_CHAR}{2,40}?${MEETING})上`, 'gu');
const THIS_MEETING = new RegExp(`本次(${NAME_CHAR}{2,40}?${MEETING})`, 'gu');
const GENERIC = /^(?:这次|此次|本次|今天的?|这个|上述|这样的?)/u;

const normalize = (name: string) => name.replace(/[\s\u3000《》]/gu, '');

export const meetingNameCheck: Check = ({ doc, context }) => {
  const meeting = normalize(context.variables.meeting ?? '');
  if (!meeting) return [];
  const findings: Finding[] = [];
  for (const block of textBlocks(doc)) {
    for (const pattern of [AT_MEETING, THIS_MEETING]) {
      for (const match of block.text.matchAll(pattern)) {
        const name = match[1] ?? '';
        const plain = normalize(name);
        if (GENERIC.test(name) || meeting.includes(plain) || plain.includes(meeting)) continue;
        const from = block.start + match.index + match[0].indexOf(name);
        findings.push({ kind: 'meeting-name', message: `the text names '${name}', but the speech is for '${meeting}'`, text: name, from, to: from + name.length, params: { named: name, meeting } });
      }
    }
  }
  return findings;
};
