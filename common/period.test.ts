import { describe, expect, it } from 'vitest';
import { parsePeriod, periodFromKey, periodKey, periodLabel, PeriodError, samePeriodLastYear, type Period } from './period';

const key = (text: string, defaultYear?: number) => periodKey(parsePeriod(text, { defaultYear }));

describe('parsePeriod', () => {
  it.each([
    ['2020年', '2020'],
    ['2020', '2020'],
    ['2020年全年', '2020'],
    ['2020年上半年', '2020-YTD06'],
    ['2020年下半年', '2020-H2'],
    ['2020年第三季度', '2020-Q3'],
    ['2020年三季度', '2020-Q3'],
    ['2020年Q4', '2020-Q4'],
    ['2020年一季度', '2020-YTD03'],
    ['2020年第1季度', '2020-YTD03'],
    ['2020年前三季度', '2020-YTD09'],
    ['2020年前两个季度', '2020-YTD06'],
    ['2020年1-9月', '2020-YTD09'],
    ['2020年1—9月', '2020-YTD09'],
    ['2020年1至9月', '2020-YTD09'],
    ['2020年1-12月', '2020'],
    ['2020年9月', '2020-09'],
    ['2020年九月份', '2020-09'],
    ['2020-09', '2020-09'],
    [' 2020 年 1 - 9 月 ', '2020-YTD09'],
  ])('%s', (text, expected) => {
    expect(key(text)).toBe(expected);
  });

  it('takes the year of a period named without one from the context', () => {
    expect(key('前三季度', 2021)).toBe('2021-YTD09');
    expect(key('1-9月', 2021)).toBe('2021-YTD09');
    expect(key('上半年', 2021)).toBe('2021-YTD06');
    expect(key('9月', 2021)).toBe('2021-09');
  });

  it.each([
    ['', 'empty'],
    ['前三季度', 'names no year'],
    ['2020年第五季度', 'is no period'],
    ['2020年13月', 'does not exist'],
    ['2020年3-9月', 'must start in January'],
    ['2020-13', 'does not exist'],
    ['去年同期', 'is no period'],
    ['20201', 'is no period'],
    ['1800年', 'out of range'],
  ])('refuses %j (%s)', (text, message) => {
    expect(() => parsePeriod(text)).toThrow(PeriodError);
    expect(() => parsePeriod(text)).toThrow(message);
  });
});

describe('period keys and labels', () => {
  const periods: Period[] = [
    { type: 'year', year: 2020 },
    { type: 'ytd', year: 2020, through: 3 },
    { type: 'ytd', year: 2020, through: 6 },
    { type: 'ytd', year: 2020, through: 8 },
    { type: 'ytd', year: 2020, through: 9 },
    { type: 'half', year: 2020, half: 2 },
    { type: 'quarter', year: 2020, quarter: 3 },
    { type: 'month', year: 2020, month: 9 },
  ];

  it('round-trips every period through its key and its label', () => {
    for (const period of periods) {
      expect(periodFromKey(periodKey(period))).toEqual(period);
      expect(parsePeriod(periodLabel(period))).toEqual(period);
    }
  });

  it('labels periods as speeches write them', () => {
    expect(periods.map(periodLabel)).toEqual(['2020年', '2020年一季度', '2020年上半年', '2020年1-8月', '2020年前三季度', '2020年下半年', '2020年三季度', '2020年9月']);
  });

  it('finds the same period of the year before', () => {
    expect(periodLabel(samePeriodLastYear(parsePeriod('2020年前三季度')))).toBe('2019年前三季度');
  });

  it('refuses malformed keys', () => {
    expect(() => periodFromKey('2020-Q1')).toThrow(PeriodError);
    expect(() => periodFromKey('last year')).toThrow(PeriodError);
  });
});
