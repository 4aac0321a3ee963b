/** Chinese numerals as written in section numbers: 一 … 十, 十一, 二十, 二十一 … 九十九, 一百 … */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) throw new RangeError(`${value} has no section numeral (1-999)`);
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let out = '';
  if (hundreds) out += `${DIGITS[hundreds]}百`;
  if (tens) out += hundreds || tens > 1 ? `${DIGITS[tens]}十` : '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

/** The inverse, for numbering typed by hand; undefined for anything that is not such a numeral. */
export function fromChineseNumeral(text: string): number | undefined {
  const match = /^(?:([一二三四五六七八九])百)?(?:零?([一二三四五六七八九])?(十))?(?:零?([一二三四五六七八九]))?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, hundreds, tens, ten, ones] = match;
  const digit = (ch: string | undefined) => (ch ? DIGITS.indexOf(ch as (typeof DIGITS)[number]) : 0);
  const value = digit(hundreds) * 100 + (ten ? (tens ? digit(tens) : 1) * 10 : 0) + digit(ones);
  return value > 0 ? value : undefined;
}
