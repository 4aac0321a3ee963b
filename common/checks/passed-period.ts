import { fromChineseNumeral } from '../chinese-numerals';
import { documentPeriod } from '../placeholder-resolve';
import type { Period } from '../period';
import type { Check } from './check-input';
import type { Finding } from './finding';
import { speechDate } from './speech-date';
import { textBlocks } from './text-blocks';

/**
 * Plans for a time that has already passed when the speech is given — the mark of a text reused from an earlier
 * speech: "2020年要…" in a speech of 2021, "今年下半年要…" in a speech reviewing 前三季度, "到2020年底前完成" as work
 * still to do. Only a time followed by a plan (要, 将, 力争, 确保 … or a deadline 前完成) is read: the same time in
 * a review ("2020年，全区完成…") is a fact, not a plan.
 *
 * When the speech is given comes from its date and its period under review (a review of 前三季度 is given after
 * September). A whole year is stale once it has ended; a part of a year (下半年, 三季度, 6月) once its first month
 * has ended, since a plan for it belongs before it began.
 */

/** The latest month that had ended when the speech was given: { year, month } with month 0 for "none of that year". */
interface Elapsed {
  year: number;
  month: number;
}

function periodEnd(period: Period): number {
  switch (period.type) {
    case 'year':
    case 'half':
      return 12;
    case 'ytd':
      return period.through;
    case 'quarter':
      return period.quarter * 3;
    case 'month':
      return period.month;
  }
}

const later = (a: Elapsed, b: Elapsed): Elapsed => (a.year * 12 + a.month >= b.year * 12 + b.month ? a : b);

function elapsed(variables: Record<string, string>): Elapsed | undefined {
  const candidates: Elapsed[] = [];
  const date = speechDate(variables);
  if (date?.day) candidates.push({ year: date.year, month: Number(date.day.slice(5, 7)) - 1 });
  else if (date) candidates.push({ year: date.year, month: 0 });
  const period = documentPeriod(variables);
  if (period) candidates.push({ year: period.year, month: periodEnd(period) });
  return candidates.length > 0 ? candidates.reduce(later) : undefined;
}

/** A stretch of a year a plan may name: its first and last month. */
interface Span {
  first: number;
  last: number;
}

const WHOLE_YEAR: Span = { first: 1, last: 12 };
const YEAR_END: Span = { first: 12, last: 12 };

function span(part: string | undefined, month: string | undefined): Span {
  if (month) return { first: Number(month), last: Number(month) };
  switch (part) {
    case undefined:
      return WHOLE_YEAR;
    case '上半年':
      return { first: 1, last: 6 };
    case '下半年':
      return { first: 7, last: 12 };
    case '底':
    case '末':
      return YEAR_END;
  }
  const quarter = fromChineseNumeral(part.replace(/^第/u, '').replace(/季度$/u, '')) ?? 1;
  return { first: quarter * 3 - 2, last: quarter * 3 };
}

/**
 * A time: a year (2020年, 今年, 去年) and optionally a part of it, or a part alone (下半年) in the speech's year;
 * then a deadline (前, 之前) or a plan's verb, perhaps after a comma and a short subject (我们, 全区, 各部门).
 * 比/较/与 before it make a comparison (增速比上半年要快), not a plan.
 */
const TIME = String.raw`(?:(?<!\d)(\d{4})年|(今年|去年|前年|明年))(上半年|下半年|第?[一二三四]季度|(\d{1,2})月份?(?:底|末)?|底|末)?|(上半年|下半年|第?[一二三四]季度)`;
const PLAN = String.raw`(?:(?:前|之前|以前)(?=[，,]?\s*(?:要|将|全面|基本|确保|力争|完成|实现|建成|达到|全部))|[，,]?\s*[\p{Script=Han}]{0,3}?(?:要|将|力争|争取|确保|计划|预计|拟|务必|必须))`;
const STALE_PLAN = new RegExp(`(?<![比较与和同])(?:到|在|于)?(?:${TIME})${PLAN}`, 'gu');

const RELATIVE_YEARS: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };

/** Months since the start of year 0, to compare times. */
const monthIndex = (year: number, month: number): number => year * 12 + month;

export const passedPeriodCheck: Check = ({ doc, context }) => {
  const now = elapsed(context.variables);
  if (!now) return [];
  const speechYear = speechDate(context.variables)?.year ?? now.year;
  const since = now.month === 0 ? `${now.year - 1}年底` : `${now.year}年${now.month}月`;
  const findings: Finding[] = [];
  for (const block of textBlocks(doc)) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    for (const match of block.text.matchAll(STALE_PLAN)) {
      const [text, yearText, relative, part, month, bare] = match;
      const year = yearText ? Number(yearText) : speechYear + (RELATIVE_YEARS[relative ?? '今年'] ?? 0);
      const { first, last } = span(part ?? bare, month);
      // A whole year is stale when it has ended; a part of one when its first month has.
      const staleFrom = first === 1 && last === 12 ? monthIndex(year, 12) : monthIndex(year, first);
      if (staleFrom > monthIndex(now.year, now.month)) continue;
      const label = `${year}年${part ?? bare ?? ''}`;
      findings.push({
        kind: 'passed-period',
        message: `'${text}' plans for ${label}, which had begun or passed when the speech is given (after ${since})`,
        text,
        from: block.start + match.index,
        to: block.start + match.index + text.length,
        params: { span: label, since },
      });
    }
  }
  return findings;
};
