import type { Check } from './check-input';
import type { Finding } from './finding';
import { speechDate } from './speech-date';
import { textBlocks } from './text-blocks';

/**
 * Old names of bodies and policies from the formulation list. An old name is outdated for a speech given on or
 * after the day it changed; a speech without a known day (only a year, or nothing) is checked against every entry
 * whose change lies in or before its year, or against all of them when its year is unknown too. An old name inside
 * the current one (a list entry 环保局 → 生态环境局 and the text 生态环境局) is no finding.
 */
export const outdatedFormulationCheck: Check = ({ doc, context, formulations }) => {
  const date = speechDate(context.variables);
  const applies = (since: string) => (date?.day ? since <= date.day : date ? Number(since.slice(0, 4)) <= date.year : true);
  const findings: Finding[] = [];
  for (const entry of formulations.filter((candidate) => applies(candidate.since))) {
    const inCurrent = entry.current.indexOf(entry.old);
    for (const block of textBlocks(doc)) {
      for (let at = block.text.indexOf(entry.old); at !== -1; at = block.text.indexOf(entry.old, at + entry.old.length)) {
        if (inCurrent !== -1 && block.text.startsWith(entry.current, at - inCurrent)) continue;
        findings.push({
          kind: 'outdated-formulation',
          message: `'${entry.old}' has been '${entry.current}' since ${entry.since}`,
          text: entry.old,
          from: block.start + at,
          to: block.start + at + entry.old.length,
          params: { current: entry.current, since: entry.since },
        });
      }
    }
  }
  return findings;
};
