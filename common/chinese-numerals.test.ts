import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, toChineseNumeral } from './chinese-numerals';

describe('Chinese section numerals', () => {
  it.each([
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [110, '一百一十'], [999, '九百九十九'],
  ])('%i is written %s and read back', (value, text) => {
    expect(toChineseNumeral(value)).toBe(text);
    expect(fromChineseNumeral(text)).toBe(value);
  });

  it('refuses numbers that have no numeral', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(() => toChineseNumeral(1000)).toThrow(RangeError);
  });

  it('reads nothing that is not a numeral', () => {
    for (const text of ['', '零', '是', '一二', '十十', '一是']) expect(fromChineseNumeral(text)).toBeUndefined();
  });
});
