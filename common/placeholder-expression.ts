/**
 * Placeholder expressions: the text between {{ and }} in a template, and the `key`/`format` attributes of a
 * placeholder node. One grammar for three kinds:
 *
 *   $meeting / $地区 / $项目名称          a document variable (standard key, its Chinese alias, or a template's own)
 *   ?分管区领导姓名                       a slot: words only the writer knows, with a hint
 *   固定资产投资增速                      an indicator's value for the document's period
 *   固定资产投资增速@上半年                … for a named period (本期, 一季度 … 全年, 1-9月, 去年全年, 2024年上半年, 去年同期)
 *   排名(固定资产投资增速)                its rank among the city's districts
 *   变化(地区生产总值增速, 上半年, 百分点)  its change against another period, in percentage points or 百分比
 *   完成率(一般公共预算收入, 年度计划)      its share of a target
 *   … | 1位小数, 亿元                     a format after a bar: decimals, 亿元/万元 (converted from 元), %, 位次, 个 …
 *
 * Full-width （ ） ， ＠ ｜ ＄ ？ are read like their half-width forms, since Chinese IMEs type them.
 * Parsing is strict and positions errors, so template validation can point at the column.
 */

export const NAMED_SPANS = ['一季度', '二季度', '三季度', '四季度', '上半年', '下半年', '前三季度', '全年'] as const;
export type NamedSpan = (typeof NAMED_SPANS)[number];

export type PeriodYear = { kind: 'current' } | { kind: 'previous' } | { kind: 'absolute'; year: number };

export type PeriodRef =
  /** The period under review of the document (its `period` variable); written 本期 or left out. */
  | { kind: 'document' }
  /** The same span one year earlier than the figure it is compared with. */
  | { kind: 'same-period-last-year' }
  | { kind: 'named'; name: NamedSpan; year: PeriodYear }
  | { kind: 'months'; from: number; to: number; year: PeriodYear };

export interface IndicatorRef {
  indicator: string;
  period: PeriodRef;
}

export const CHANGE_UNITS = { points: '百分点', percent: '百分比' } as const;
export type ChangeUnit = keyof typeof CHANGE_UNITS;

export const TARGETS = ['年度计划', '年度目标'] as const;
export type TargetName = (typeof TARGETS)[number];

export type IndicatorExpression =
  | { kind: 'value'; ref: IndicatorRef }
  | { kind: 'rank'; ref: IndicatorRef }
  /** `unit` is left out when the template did not say; validation fills it from the indicator's measure. */
  | { kind: 'change'; ref: IndicatorRef; against: PeriodRef; unit?: ChangeUnit }
  | { kind: 'share'; ref: IndicatorRef; target: TargetName };

/** Money words and what one of them is in the currency's base unit. */
export const MONEY_WORDS = {
  亿元: { currency: '元', divisor: 1e8 },
  万元: { currency: '元', divisor: 1e4 },
  元: { currency: '元', divisor: 1 },
  亿美元: { currency: '美元', divisor: 1e8 },
  万美元: { currency: '美元', divisor: 1e4 },
  美元: { currency: '美元', divisor: 1 },
} as const;
export type MoneyWord = keyof typeof MONEY_WORDS;

/** Words written after a count or a physical quantity (no conversion between them). */
export const COUNT_WORDS = ['个', '家', '户', '项', '件', '套', '宗', '起', '场', '人次', '万人次', '人', '万人', '亩', '公里', '平方米', '万平方米', '吨', '万吨', '千瓦时', '万千瓦时'] as const;
export type CountWord = (typeof COUNT_WORDS)[number];

export type FormatUnit =
  | { kind: 'money'; word: MoneyWord }
  | { kind: 'percent' }
  /** 第3位 */
  | { kind: 'ordinal' }
  | { kind: 'count'; word: CountWord };

export interface PlaceholderFormat {
  /** Digits after the decimal point; left out: up to two, trailing zeros dropped. */
  decimals?: number;
  unit?: FormatUnit;
}

export const MAX_DECIMALS = 4;

export type PlaceholderExpression =
  | { kind: 'indicator'; expression: IndicatorExpression; format: PlaceholderFormat }
  | { kind: 'variable'; key: string }
  | { kind: 'slot'; hint: string };

/** A syntax error at `offset` (0-based, in UTF-16 units) of the text that was parsed. */
export class PlaceholderSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'PlaceholderSyntaxError';
  }
}

const FULL_TO_HALF: Readonly<Record<string, string>> = { '（': '(', '）': ')', '，': ',', '＠': '@', '｜': '|', '＄': '$', '？': '?', '％': '%' };

/** Same length as the input, so offsets stay valid. */
function halfWidth(text: string): string {
  return text.replace(/[（），＠｜＄？％]/g, (ch) => FULL_TO_HALF[ch] ?? ch);
}

/** A piece of the source with its offset, trimmed of spaces. */
interface Piece {
  text: string;
  offset: number;
}

function piece(text: string, offset: number): Piece {
  const start = text.length - text.trimStart().length;
  return { text: text.trim(), offset: offset + start };
}

function splitTop(source: Piece, separator: string): Piece[] {
  const parts: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= source.text.length; i++) {
    if (i === source.text.length || source.text[i] === separator) {
      parts.push(piece(source.text.slice(start, i), source.offset + start));
      start = i + 1;
    }
  }
  return parts;
}

const NAME_FORBIDDEN = /[(),@|{}$?%\s]/;

const YEAR_PREFIX = /^(?:(去年)|(\d{4})年)?(.*)$/s;
const MONTHS = /^(\d{1,2})(?:-(\d{1,2}))?月$/;

/** A period as written in an expression; `offset` positions errors. */
export function parsePeriod(written: string, offset = 0): PeriodRef {
  const text = halfWidth(written).trim();
  if (text === '') throw new PlaceholderSyntaxError('a period is missing', offset);
  if (text === '本期') return { kind: 'document' };
  if (text === '去年同期') return { kind: 'same-period-last-year' };
  const [, previous, absolute, rest = ''] = YEAR_PREFIX.exec(text) ?? [];
  const year: PeriodYear = previous ? { kind: 'previous' } : absolute ? { kind: 'absolute', year: Number(absolute) } : { kind: 'current' };
  if ((NAMED_SPANS as readonly string[]).includes(rest)) return { kind: 'named', name: rest as NamedSpan, year };
  const months = MONTHS.exec(rest);
  if (months) {
    const from = Number(months[1]);
    const to = months[2] === undefined ? from : Number(months[2]);
    if (from < 1 || to > 12 || from > to) throw new PlaceholderSyntaxError(`months ${rest} are not a span within one year`, offset);
    return { kind: 'months', from, to, year };
  }
  throw new PlaceholderSyntaxError(`unknown period '${text}' (expected 本期, 去年同期, ${NAMED_SPANS.join('/')}, or months such as 1-9月, optionally after 去年 or 2024年)`, offset);
}

function parseRef(source: Piece): IndicatorRef {
  const at = source.text.indexOf('@');
  const name = piece(at < 0 ? source.text : source.text.slice(0, at), source.offset);
  if (name.text === '') throw new PlaceholderSyntaxError('an indicator name is missing', source.offset);
  const bad = NAME_FORBIDDEN.exec(name.text);
  if (bad) throw new PlaceholderSyntaxError(`'${bad[0]}' cannot stand in an indicator name`, name.offset + bad.index);
  const period = at < 0 ? ({ kind: 'document' } as const) : parsePeriod(source.text.slice(at + 1), source.offset + at + 1);
  return { indicator: name.text, period };
}

const FUNCTIONS = { 排名: 'rank', 变化: 'change', 完成率: 'share' } as const;
type FunctionName = keyof typeof FUNCTIONS;

export function parseIndicatorExpression(text: string, offset = 0): IndicatorExpression {
  const source = piece(halfWidth(text), offset);
  const open = source.text.indexOf('(');
  if (open < 0) {
    if (source.text.includes(')')) throw new PlaceholderSyntaxError("')' without '('", source.offset + source.text.indexOf(')'));
    return { kind: 'value', ref: parseRef(source) };
  }
  const name = source.text.slice(0, open).trim();
  if (!(name in FUNCTIONS)) throw new PlaceholderSyntaxError(`unknown function '${name}' (expected ${Object.keys(FUNCTIONS).join(', ')})`, source.offset);
  if (!source.text.endsWith(')')) throw new PlaceholderSyntaxError(`'${name}(' is not closed with ')'`, source.offset + open);
  const inner = source.text.slice(open + 1, -1);
  if (/[()]/.test(inner)) throw new PlaceholderSyntaxError('parentheses cannot nest', source.offset + open + 1 + inner.search(/[()]/));
  const args = splitTop(piece(inner, 0), ',').map((arg) => ({ text: arg.text, offset: arg.offset + source.offset + open + 1 }));
  const arity = (min: number, max: number) => {
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : `${min} or ${max}`;
      throw new PlaceholderSyntaxError(`${name}(…) takes ${expected} arguments, got ${args.length}`, source.offset + open);
    }
  };
  const [first, second, third] = args as [Piece, Piece | undefined, Piece | undefined];
  switch (FUNCTIONS[name as FunctionName]) {
    case 'rank':
      arity(1, 1);
      return { kind: 'rank', ref: parseRef(first) };
    case 'change': {
      arity(2, 3);
      const against = parsePeriod((second as Piece).text, (second as Piece).offset);
      if (against.kind === 'document') throw new PlaceholderSyntaxError('a change compares with another period, not 本期', (second as Piece).offset);
      const expression: IndicatorExpression = { kind: 'change', ref: parseRef(first), against };
      if (third === undefined) return expression;
      const unit = (Object.keys(CHANGE_UNITS) as ChangeUnit[]).find((key) => CHANGE_UNITS[key] === third.text);
      if (!unit) throw new PlaceholderSyntaxError(`a change is in 百分点 or 百分比, not '${third.text}'`, third.offset);
      return { ...expression, unit };
    }
    case 'share': {
      arity(1, 2);
      const target = second === undefined ? TARGETS[0] : second.text;
      if (!(TARGETS as readonly string[]).includes(target)) throw new PlaceholderSyntaxError(`unknown target '${target}' (expected ${TARGETS.join(', ')})`, (second as Piece).offset);
      return { kind: 'share', ref: parseRef(first), target: target as TargetName };
    }
  }
}

const DECIMALS = /^(\d)位小数$/;

export function parseFormat(text: string, offset = 0): PlaceholderFormat {
  const format: PlaceholderFormat = {};
  const items = splitTop(piece(halfWidth(text).replace(/\s/g, ','), offset), ',').filter((item) => item.text !== '');
  for (const item of items) {
    const decimals = item.text === '整数' ? 0 : DECIMALS.exec(item.text) ? Number(DECIMALS.exec(item.text)?.[1]) : undefined;
    if (decimals !== undefined) {
      if (format.decimals !== undefined) throw new PlaceholderSyntaxError('decimals are given twice', item.offset);
      if (decimals > MAX_DECIMALS) throw new PlaceholderSyntaxError(`at most ${MAX_DECIMALS} decimals`, item.offset);
      format.decimals = decimals;
      continue;
    }
    const unit = parseFormatUnit(item.text);
    if (!unit) throw new PlaceholderSyntaxError(`unknown format '${item.text}' (expected N位小数, 整数, ${Object.keys(MONEY_WORDS).join('/')}, %, 位次, or a counting word such as ${COUNT_WORDS.join('/')})`, item.offset);
    if (format.unit) throw new PlaceholderSyntaxError(`'${item.text}' and '${formatUnitText(format.unit)}' cannot both be the unit`, item.offset);
    format.unit = unit;
  }
  if (format.unit?.kind === 'ordinal' && format.decimals !== undefined) throw new PlaceholderSyntaxError('a 位次 has no decimals', offset);
  return format;
}

function parseFormatUnit(text: string): FormatUnit | undefined {
  if (text in MONEY_WORDS) return { kind: 'money', word: text as MoneyWord };
  if (text === '%') return { kind: 'percent' };
  if (text === '位次') return { kind: 'ordinal' };
  if ((COUNT_WORDS as readonly string[]).includes(text)) return { kind: 'count', word: text as CountWord };
  return undefined;
}

export function formatUnitText(unit: FormatUnit): string {
  switch (unit.kind) {
    case 'money':
    case 'count':
      return unit.word;
    case 'percent':
      return '%';
    case 'ordinal':
      return '位次';
  }
}

/** A whole placeholder source (what stands between {{ and }}). `offset` is where it starts in its line. */
export function parsePlaceholderSource(text: string, offset = 0): PlaceholderExpression {
  const normalized = halfWidth(text);
  const lead = normalized.length - normalized.trimStart().length;
  const first = normalized[lead];
  if (first === '?') {
    const hint = text.slice(lead + 1).trim();
    if (hint === '') throw new PlaceholderSyntaxError('a slot needs a hint after ?', offset + lead);
    return { kind: 'slot', hint };
  }
  if (first === '$') {
    const key = normalized.slice(lead + 1).trim();
    if (key === '') throw new PlaceholderSyntaxError('a variable needs a name after $', offset + lead);
    if (key.includes('|')) throw new PlaceholderSyntaxError('a variable takes no format', offset + normalized.indexOf('|'));
    return { kind: 'variable', key };
  }
  const bar = normalized.indexOf('|');
  if (normalized.trim() === '') throw new PlaceholderSyntaxError('an empty placeholder', offset);
  const expression = parseIndicatorExpression(bar < 0 ? text : text.slice(0, bar), offset);
  const format = bar < 0 ? {} : parseFormat(text.slice(bar + 1), offset + bar + 1);
  return { kind: 'indicator', expression, format };
}

function yearText(year: PeriodYear): string {
  switch (year.kind) {
    case 'current':
      return '';
    case 'previous':
      return '去年';
    case 'absolute':
      return `${year.year}年`;
  }
}

export function serializePeriod(period: PeriodRef): string {
  switch (period.kind) {
    case 'document':
      return '本期';
    case 'same-period-last-year':
      return '去年同期';
    case 'named':
      return `${yearText(period.year)}${period.name}`;
    case 'months':
      return `${yearText(period.year)}${period.from === period.to ? period.from : `${period.from}-${period.to}`}月`;
  }
}

function serializeRef(ref: IndicatorRef): string {
  return ref.period.kind === 'document' ? ref.indicator : `${ref.indicator}@${serializePeriod(ref.period)}`;
}

/** The canonical text of an indicator expression: the `key` attribute of an indicator placeholder. */
export function serializeIndicatorExpression(expression: IndicatorExpression): string {
  switch (expression.kind) {
    case 'value':
      return serializeRef(expression.ref);
    case 'rank':
      return `排名(${serializeRef(expression.ref)})`;
    case 'change': {
      const args = [serializeRef(expression.ref), serializePeriod(expression.against)];
      if (expression.unit) args.push(CHANGE_UNITS[expression.unit]);
      return `变化(${args.join(',')})`;
    }
    case 'share':
      return `完成率(${serializeRef(expression.ref)},${expression.target})`;
  }
}

/** The canonical text of a format: the `format` attribute of an indicator placeholder. */
export function serializeFormat(format: PlaceholderFormat): string {
  const items: string[] = [];
  if (format.decimals !== undefined) items.push(`${format.decimals}位小数`);
  if (format.unit) items.push(formatUnitText(format.unit));
  return items.join(',');
}

/** The text between {{ and }} that parses back to the same expression. */
export function serializePlaceholderSource(expression: PlaceholderExpression): string {
  switch (expression.kind) {
    case 'variable':
      return `$${expression.key}`;
    case 'slot':
      return `?${expression.hint}`;
    case 'indicator': {
      const format = serializeFormat(expression.format);
      return format ? `${serializeIndicatorExpression(expression.expression)}|${format}` : serializeIndicatorExpression(expression.expression);
    }
  }
}
