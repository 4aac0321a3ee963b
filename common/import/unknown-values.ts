/**
 * Unknown values in reused speeches: purchased or inherited texts mark the figures and names the writer must
 * supply with X — 增速X%, 排全市第X位, 完成投资X亿元, XX同志, X月X日. Each such token becomes a slot; the words
 * around it stay text. ASCII X/x, full-width Ｘ/ｘ and × (the form 公文 templates use: ××同志) all count.
 */
export interface UnknownValue {
  /** Offsets of the token in the text it was found in. */
  start: number;
  end: number;
  /** The token as written, e.g. 第X位; the slot shows it until it is filled. */
  token: string;
  /** A short hint for the writer, from the word before the token or from what kind of value it is. */
  key: string;
}

const X_RUN = /[XxＸｘ×]+(?:[.．][XxＸｘ×]+)?/gu;
const LATIN_OR_DIGIT = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９_]/u;
const HAN = /\p{Script=Han}/u;

/** X followed by these is a word (X光, X射线, X轴), and XX before 世纪 is a Roman numeral. */
const NOT_A_TOKEN_AFTER = ['光', '射线', '线', '轴', '染色体', '世纪', '型', '形'];

/** Dates are one slot: X年X月X日, X月X日, X月, X日, XX年. */
const DATE = /^[XxＸｘ×]+(?:年[XxＸｘ×]+月(?:[XxＸｘ×]+日)?|月[XxＸｘ×]+日|月份?|日|年)/u;

/** Units a figure is written with, longest first so that 亿元 wins over 亿. */
const UNITS = [
  '个百分点', '百分点', '平方公里', '平方米', '个月', '人次', '万人', '万亩', '万吨', '亿美元', '万美元', '亿元', '万元', '千元',
  '公里', '千米', '小时', '%', '％', '‰', '元', '亿', '万', '米', '亩', '吨', '辆', '台', '套', '座', '所', '间', '户', '家', '个',
  '项', '件', '人', '名', '条', '批', '次', '倍', '天', '位', '届', '期',
] as const;

/** A unit is no unit when the next character makes it part of a word: XX人民政府, XX家庭, XX座谈会. */
const WORDS_STARTING_WITH: Partial<Record<string, string>> = {
  人: '民员才口大事社力均士们工居防文',
  个: '人别体性',
  家: '庭园长乡风属政',
  名: '单称义牌片',
  条: '例件款',
  座: '谈',
  台: '账阶',
  户: '籍口',
  所: '有在以',
  项: '目',
  次: '要',
  批: '准复示',
  天: '然气',
  间: '隔',
  位: '于置',
  期: '间待望',
};

/** Ordinals: 第X位, 第X名, 第X批 … */
const ORDINAL_MEASURES = '位名次届期批个项条';

/** Words around a figure that say nothing about it, dropped from the hint: 达到X亿元 → the hint is what is before 达到. */
const TRAILING_FILLERS = /(?:达到|超过|突破|共计|累计|约为|分别为|分别|为|达|是|约|近|共|计|至|到|了|的|超|逾|在)+$/u;
const LEADING_FILLERS = /^(?:排名|位居|位列|排在|排|居|在)+/u;
const MAX_CONTEXT = 6;

/** Names and dates get a hint for what they are; the word before (刚才，XX同志) tells nothing. */
const NAMED_SUFFIXES: ReadonlyArray<{ suffix: string; key: string }> = [
  { suffix: '同志', key: '姓名' },
  { suffix: '项目', key: '项目名称' },
];

function isBoundary(text: string, index: number, step: -1 | 1): boolean {
  const next = text[index];
  if (next === undefined) return true;
  if (LATIN_OR_DIGIT.test(next)) return false;
  // "OS X", "iPhone X": an X set apart from a Latin word by one space belongs to it.
  if (next === ' ') {
    const beyond = text[index + step];
    return beyond === undefined || !LATIN_OR_DIGIT.test(beyond);
  }
  return true;
}

/** The Han characters just before `index`: filler words dropped first, then at most MAX_CONTEXT kept. */
function contextBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && HAN.test(text[start - 1] ?? '')) start -= 1;
  const words = text.slice(start, index).replace(TRAILING_FILLERS, '');
  return words.slice(-MAX_CONTEXT).replace(LEADING_FILLERS, '');
}

function unitAt(text: string, index: number): string | undefined {
  for (const unit of UNITS) {
    if (!text.startsWith(unit, index)) continue;
    const following = text[index + unit.length];
    const breakers = WORDS_STARTING_WITH[unit[unit.length - 1] ?? ''];
    if (following !== undefined && breakers?.includes(following)) continue;
    return unit;
  }
  return undefined;
}

function category(unit: string | undefined): string {
  if (unit === undefined) return '待填内容';
  if (/[%％‰]|百分点/u.test(unit)) return '百分比';
  if (unit.endsWith('元')) return '金额';
  return '数量';
}

/** Reads the token that starts with the X run at [start, end) and says what it is. */
function readToken(text: string, start: number, end: number): UnknownValue | undefined {
  const after = text.slice(end);
  if (NOT_A_TOKEN_AFTER.some((word) => after.startsWith(word))) return undefined;
  const token = (from: number, to: number, key: string): UnknownValue | undefined =>
    isBoundary(text, to, 1) ? { start: from, end: to, token: text.slice(from, to), key } : undefined;

  const date = DATE.exec(text.slice(start));
  if (date) {
    const written = date[0];
    const key = written.endsWith('年') ? '年份' : /月份?$/u.test(written) ? '月份' : '日期';
    return token(start, start + written.length, key);
  }
  for (const { suffix, key } of NAMED_SUFFIXES) {
    if (after.startsWith(suffix)) return token(start, end + suffix.length, key);
  }
  if (text[start - 1] === '第') {
    const measure = ORDINAL_MEASURES.includes(after[0] ?? '') ? (unitAt(text, end) ?? '') : '';
    const context = contextBefore(text, start - 1);
    const key = measure === '位' || measure === '名' ? `${context}位次` : context || '序号';
    return token(start - 1, end + measure.length, key);
  }
  const unit = unitAt(text, end);
  const context = contextBefore(text, start);
  return token(start, end + (unit?.length ?? 0), context || category(unit));
}

/** Every unknown-value token in the text, in order, none overlapping. */
export function findUnknownValues(text: string): UnknownValue[] {
  const found: UnknownValue[] = [];
  for (const match of text.matchAll(X_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.length > 0 && start < (found[found.length - 1]?.end ?? 0)) continue;
    // 20XX年: a year with its last digits unknown; elsewhere digits next to X make no token (3×4, X1).
    const century = /(?:19|20)\d?$/u.exec(text.slice(Math.max(0, start - 3), start))?.[0];
    if (century && text[end] === '年' && isBoundary(text, start - century.length - 1, -1)) {
      found.push({ start: start - century.length, end: end + 1, token: text.slice(start - century.length, end + 1), key: '年份' });
      continue;
    }
    if (!isBoundary(text, start - 1, -1) || !isBoundary(text, end, 1)) continue;
    const value = readToken(text, start, end);
    if (value) found.push(value);
  }
  return found;
}
