import { fromChineseNumeral } from './chinese-numerals';

/**
 * Statistical periods as speeches name them. Chinese statistics report cumulative figures, so 一季度,
 * 上半年, 前三季度 and 1-9月 are all "year to date through a month" and share one canonical form; 二季度
 * alone, 下半年 and a single month are periods of their own.
 */
export type Period =
  | { type: 'year'; year: number }
  | { type: 'ytd'; year: number; through: number }
  | { type: 'half'; year: number; half: 2 }
  | { type: 'quarter'; year: number; quarter: 2 | 3 | 4 }
  | { type: 'month'; year: number; month: number };

export type PeriodType = Period['type'];

export class PeriodError extends Error {
  constructor(
    readonly text: string,
    message: string,
  ) {
    super(message);
    this.name = 'PeriodError';
  }
}

export interface PeriodContext {
  /** The year of periods named without one (前三季度): the year of the speech's own period. */
  defaultYear?: number;
}

const YEAR = /^(\d{4})\s*年?/;
const MONTH_RANGE = /^(\d{1,2})\s*(?:[-－—–~～至到])\s*(\d{1,2})\s*月(?:份)?$/;
const SINGLE_MONTH = /^(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?$/;
const QUARTER = /^(?:第\s*)?([一二三四1-4])\s*季度$|^Q([1-4])$/i;
const FIRST_QUARTERS = /^前\s*([一二三两])\s*(?:个)?季度$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function numeral(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '两') return 2;
  return fromChineseNumeral(text);
}

function ytd(year: number, through: number): Period {
  return through === 12 ? { type: 'year', year } : { type: 'ytd', year, through };
}

function quarterPeriod(year: number, quarter: number): Period {
  return quarter === 1 ? ytd(year, 3) : { type: 'quarter', year, quarter: quarter as 2 | 3 | 4 };
}

/** Reads the part after the year; undefined when it is no period this module knows. */
function parseWithinYear(rest: string, year: number): Period | undefined {
  if (rest === '' || rest === '全年' || rest === '年度' || rest === '全年度') return { type: 'year', year };
  if (rest === '上半年') return ytd(year, 6);
  if (rest === '下半年') return { type: 'half', year, half: 2 };
  const quarters = FIRST_QUARTERS.exec(rest);
  if (quarters?.[1]) {
    const count = numeral(quarters[1]);
    if (count !== undefined && count >= 1 && count <= 3) return ytd(year, count * 3);
  }
  const quarter = QUARTER.exec(rest);
  const quarterText = quarter?.[1] ?? quarter?.[2];
  if (quarterText) {
    const value = numeral(quarterText);
    if (value !== undefined) return quarterPeriod(year, value);
  }
  const range = MONTH_RANGE.exec(rest);
  if (range?.[1] && range[2]) {
    const from = Number(range[1]);
    const through = Number(range[2]);
    if (from !== 1) throw new PeriodError(rest, `a month range must start in January (1-${through}月), got ${from}-${through}月`);
    if (through < 1 || through > 12) throw new PeriodError(rest, `month ${through} does not exist`);
    return ytd(year, through);
  }
  const single = SINGLE_MONTH.exec(rest);
  if (single?.[1]) {
    const month = numeral(single[1]);
    if (month === undefined || month < 1 || month > 12) throw new PeriodError(rest, `month ${single[1]} does not exist`);
    return { type: 'month', year, month };
  }
  return undefined;
}

/**
 * Parses a period the way writers name it: 2020年, 2020年上半年, 2020年第三季度, 2020年前三季度,
 * 2020年1-9月, 2020年9月, 2020-09, and without a year (前三季度, 1-9月) in the context's default year.
 */
export function parsePeriod(input: string, context: PeriodContext = {}): Period {
  const text = input.trim().replace(/\s+/g, '');
  if (text === '') throw new PeriodError(input, 'the period is empty');
  const iso = ISO_MONTH.exec(text);
  if (iso?.[1] && iso[2]) {
    const month = Number(iso[2]);
    if (month < 1 || month > 12) throw new PeriodError(input, `month ${iso[2]} does not exist`);
    return { type: 'month', year: Number(iso[1]), month };
  }
  const yearMatch = YEAR.exec(text);
  const year = yearMatch?.[1] ? Number(yearMatch[1]) : context.defaultYear;
  const rest = yearMatch ? text.slice(yearMatch[0].length) : text;
  if (yearMatch && !text.slice(4).startsWith('年') && rest !== '') throw new PeriodError(input, `'${input}' is no period: write the year as 2020年`);
  if (year === undefined) {
    if (parseWithinYear(rest, 2000) === undefined) throw new PeriodError(input, `'${input}' is no period (e.g. 2020年, 2020年上半年, 2020年第三季度, 2020年1-9月, 2020年9月)`);
    throw new PeriodError(input, `'${input}' names no year, and the speech has no period to take it from`);
  }
  if (year < 1949 || year > 2200) throw new PeriodError(input, `year ${year} is out of range`);
  const period = parseWithinYear(rest, year);
  if (!period) throw new PeriodError(input, `'${input}' is no period (e.g. 2020年, 2020年上半年, 2020年第三季度, 2020年1-9月, 2020年9月)`);
  return period;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** The key a period is stored under: 2020, 2020-YTD09, 2020-H2, 2020-Q3, 2020-09. */
export function periodKey(period: Period): string {
  const two = (n: number) => String(n).padStart(2, '0');
  switch (period.type) {
    case 'year':
      return `${period.year}`;
    case 'ytd':
      return `${period.year}-YTD${two(period.through)}`;
    case 'half':
      return `${period.year}-H2`;
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'month':
      return `${period.year}-${two(period.month)}`;
  }
}

/** Reads a key made by periodKey. */
export function periodFromKey(key: string): Period {
  const match = /^(\d{4})(?:-(?:YTD(\d{2})|H(2)|Q([2-4])|(\d{2})))?$/.exec(key);
  if (!match?.[1]) throw new PeriodError(key, `'${key}' is no period key`);
  const year = Number(match[1]);
  if (match[2]) return ytd(year, Number(match[2]));
  if (match[3]) return { type: 'half', year, half: 2 };
  if (match[4]) return { type: 'quarter', year, quarter: Number(match[4]) as 2 | 3 | 4 };
  if (match[5]) return { type: 'month', year, month: Number(match[5]) };
  return { type: 'year', year };
}

/** The period as a speech writes it, without the year: 前三季度, 上半年, 1-8月, 三季度, 9月, 全年. */
export function periodName(period: Period): string {
  switch (period.type) {
    case 'year':
      return '全年';
    case 'ytd':
      if (period.through === 3) return '一季度';
      if (period.through === 6) return '上半年';
      if (period.through === 9) return '前三季度';
      return `1-${period.through}月`;
    case 'half':
      return '下半年';
    case 'quarter':
      return `${QUARTER_NAMES[period.quarter - 1]}季度`;
    case 'month':
      return `${period.month}月`;
  }
}

/** The period with its year: 2020年前三季度, 2020年 for a whole year. */
export function periodLabel(period: Period): string {
  return period.type === 'year' ? `${period.year}年` : `${period.year}年${periodName(period)}`;
}

/** The same stretch of the year one year earlier (同期), for year-on-year comparisons. */
export function samePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}
