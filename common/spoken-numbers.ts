/**
 * How the figures of a speech sound when it is delivered: 8.2% is 百分之八点二, 2020年 is 二〇二〇年,
 * 1-9月 is 一至九月. Speaking time counts syllables, and a figure takes as long to say as its reading,
 * not as its digits: 12.35亿元 is seven syllables though five characters of 字数.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const GROUP_UNITS = ['千', '百', '十', ''] as const;

/** Beyond 万亿 nobody reads a number as a quantity (and such digit strings are codes), so it is read digit by digit. */
const MAX_QUANTITY_DIGITS = 16;

/** Full-width forms writers type with a Chinese IME, mapped to the ASCII ones the reading rules look for. */
const FULL_WIDTH = /[０-９．％－～]/g;
const HALF_WIDTH: Record<string, string> = { '．': '.', '％': '%', '－': '-', '～': '~' };

function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => HALF_WIDTH[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const digit = (ch: string): string => DIGITS[Number(ch)] ?? '';

/** Digit by digit, as years and codes are read: 2020 → 二〇二〇. */
export function readDigits(digits: string, zero: '〇' | '零' = '零'): string {
  return [...digits].map((ch) => (ch === '0' ? zero : digit(ch))).join('');
}

/** One to four digits without leading zeros, read with 千百十: 1010 → 一千零一十. */
function readGroup(digits: string): string {
  const units = GROUP_UNITS.slice(GROUP_UNITS.length - digits.length);
  let out = '';
  let zero = false;
  [...digits].forEach((ch, index) => {
    if (ch === '0') {
      zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += digit(ch) + (units[index] ?? '');
  });
  return out;
}

/** A whole number without leading zeros, grouped by 亿 and 万; a 零 marks a gap inside it (一万零五十). */
function readGrouped(digits: string): string {
  for (const [size, unit] of [[8, '亿'], [4, '万']] as const) {
    if (digits.length <= size) continue;
    const low = digits.slice(-size).replace(/^0+/, '');
    const rest = low ? (low.length < size ? '零' : '') + readGrouped(low) : '';
    return readGrouped(digits.slice(0, -size)) + unit + rest;
  }
  return readGroup(digits);
}

/** A whole number as a quantity: 12345 → 一万二千三百四十五, 15 → 十五, 0 → 零. */
export function readInteger(digits: string): string {
  // A leading zero (编号 007) or a very long string is a code, not an amount.
  if ((digits.length > 1 && digits.startsWith('0')) || digits.length > MAX_QUANTITY_DIGITS) return readDigits(digits);
  if (digits === '0') return DIGITS[0];
  const read = readGrouped(digits);
  // 十五, 十万, 十二亿: a leading 一十 is said without the 一.
  return read.startsWith('一十') ? read.slice(1) : read;
}

interface Figure {
  integer: string;
  fraction: string | undefined;
  percent: string | undefined;
}

const PERCENT_WORDS: Record<string, string> = { '%': '百分之', '‰': '千分之' };

function readNumber(figure: Figure, asYear: boolean): string {
  const whole = asYear ? readDigits(figure.integer, '〇') : readInteger(figure.integer);
  return figure.fraction === undefined ? whole : `${whole}点${readDigits(figure.fraction)}`;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([%‰])?`;
/**
 * A figure: an optional minus (not after a digit or letter, where the dash joins a range), a number with
 * optional thousands separators, decimals and percent sign, optionally a range to a second such number.
 */
const FIGURE = new RegExp(String.raw`(?<![\dA-Za-z])([-−])?${NUMBER}(?:\s*([-–—~])\s*${NUMBER})?`, 'g');

const isYear = (figure: Figure): boolean => /^\d{4}$/.test(figure.integer) && figure.fraction === undefined && figure.percent === undefined;

/**
 * The text as it is read aloud, every figure in words: 增长8.2% → 增长百分之八点二, 2020年 → 二〇二〇年,
 * 1-9月 → 一至九月, -3.5% → 负百分之三点五, 5%-8% → 百分之五至百分之八. Everything else stays as written.
 */
export function readFiguresAloud(text: string): string {
  return toHalfWidth(text).replace(FIGURE, (match, sign: string | undefined, a: string, af: string | undefined, ap: string | undefined, dash: string | undefined, b: string | undefined, bf: string | undefined, bp: string | undefined, offset: number, whole: string) => {
    const first: Figure = { integer: a.replaceAll(',', ''), fraction: af, percent: ap };
    const second: Figure | undefined = dash && b ? { integer: b.replaceAll(',', ''), fraction: bf, percent: bp } : undefined;
    // Only a year is followed by 年 with four plain digits; a range of years (2021-2025年) is read as two years.
    const yearFollows = whole[offset + match.length] === '年';
    const years = yearFollows && isYear(first) && (!second || isYear(second));
    const negative = sign ? '负' : '';
    // 5-8% is said 百分之五至八: the sign of the second number covers the range.
    const percent = first.percent ?? second?.percent;
    const opening = percent ? PERCENT_WORDS[percent] : '';
    const head = negative + opening + readNumber(first, years);
    if (!second) return head;
    const closing = second.percent && first.percent ? PERCENT_WORDS[second.percent] : '';
    return `${head}至${closing}${readNumber(second, years)}`;
  });
}

/** A syllable as speaking time counts it: a Chinese character, or a Latin letter (GDP is said G-D-P). */
const SYLLABLE = /[\p{Script=Han}〇A-Za-zＡ-Ｚａ-ｚ]/gu;

/** Syllables of a text as read aloud, figures in words; punctuation and spaces take no time. */
export function spokenSyllables(text: string): number {
  return readFiguresAloud(text).match(SYLLABLE)?.length ?? 0;
}
