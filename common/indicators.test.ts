import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  comparePeriodKeys,
  createIndicatorRequestSchema,
  describeImportError,
  indicatorRoutes,
  observationValuesSchema,
} from './indicators';

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [2, 'C'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});

describe('comparePeriodKeys', () => {
  it('orders newest first, the more cumulative period first when both end in the same month', () => {
    const keys = ['2023', '2024-09', '2024-YTD06', '2024-Q3', '2024-YTD09', '2024-H2', '2024', '2024-12', '2024-Q4'];
    expect([...keys].sort(comparePeriodKeys)).toEqual(['2024', '2024-H2', '2024-Q4', '2024-12', '2024-YTD09', '2024-Q3', '2024-09', '2024-YTD06', '2023']);
  });
});

describe('indicator schemas', () => {
  it('accepts Chinese names with Latin letters and digits, and refuses punctuation or no Han at all', () => {
    const parse = (name: string) => createIndicatorRequestSchema.safeParse({ name, unit: '%' }).success;
    expect(parse(' 规模以上工业增加值增速 ')).toBe(true);
    expect(parse('GDP增速')).toBe(true);
    expect(parse('GDP')).toBe(false);
    expect(parse('增速(同比)')).toBe(false);
    expect(parse('地区 生产总值')).toBe(false);
    expect(parse('')).toBe(false);
  });

  it('names an unknown unit and the units that exist', () => {
    const result = createIndicatorRequestSchema.safeParse({ name: '一般公共预算收入', unit: '亿' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^unit '亿' is unknown; use one of % 百分点 亿元/);
  });

  it('refuses a rank greater than the number ranked', () => {
    expect(observationValuesSchema.safeParse({ value: 6.1, rank: 3, rankOf: 12 }).success).toBe(true);
    const result = observationValuesSchema.safeParse({ value: 6.1, rank: 13, rankOf: 12 });
    expect(result.error?.issues[0]).toMatchObject({ path: ['rank'], message: expect.stringContaining('greater') });
    expect(observationValuesSchema.safeParse({ value: 6.1, extra: 1 }).success).toBe(false);
  });
});

describe('describeImportError', () => {
  it('names row, column and field', () => {
    expect(describeImportError({ row: 5, column: 'C', field: 'value', message: "'—' is no number" })).toBe("row 5, column C (数值): '—' is no number");
    expect(describeImportError({ row: 1, column: null, field: 'unit', message: 'no column 单位' })).toBe('row 1 (单位): no column 单位');
  });
});

describe('indicatorRoutes', () => {
  it('encodes path parts and the import query', () => {
    expect(indicatorRoutes.observation('a/b', '2024年前三季度')).toBe(`/api/indicators/a%2Fb/observations/${encodeURIComponent('2024年前三季度')}`);
    const url = new URL(indicatorRoutes.importPreview('数据.csv', { 指标名称: 'indicator' }), 'http://x');
    expect(url.pathname).toBe('/api/indicators/import/preview');
    expect(url.searchParams.get('filename')).toBe('数据.csv');
    expect(JSON.parse(url.searchParams.get('mapping') ?? '')).toEqual({ 指标名称: 'indicator' });
  });
});
