import { describe, expect, it } from 'vitest';
import { documentPeriod, indicatorsByName, referencedPeriod, resolvePlaceholder, type ResolutionContext } from './placeholder-resolve';
import { periodKey } from './period';
import type { PlaceholderAttrs } from './schema';
import { indicator, observation } from './testing/projected-indicators';

const figures = (value: number, extra: object = {}) => ({ value, source: '区统计局', changedAt: '2020-10-09T02:00:00.000Z', ...extra });

const store = indicatorsByName([
  indicator('gdp', '地区生产总值增速', '%', [
    observation('2020-YTD09', '2020年前三季度', figures(6.5, { rank: 3, rankOf: 12 })),
    observation('2020-YTD06', '2020年上半年', figures(7.7)),
    observation('2019-YTD09', '2019年前三季度', figures(7.2)),
  ]),
  indicator('revenue', '一般公共预算收入', '亿元', [observation('2020-YTD09', '2020年前三季度', figures(12.3456, { target: 16 }))]),
  indicator('investment', '固定资产投资', '亿元', [observation('2020-YTD09', '2020年前三季度', figures(80)), observation('2020', '2020年', figures(110, { target: 100 }))]),
  indicator('fdi', '实际利用外资', '万美元', [observation('2020-YTD09', '2020年前三季度', figures(2350))]),
  indicator('households', '回迁安置户数', '户', [observation('2020-YTD09', '2020年前三季度', figures(1260)), observation('2019-YTD09', '2019年前三季度', figures(1400))]),
]);

const context = (period = '2020年前三季度'): ResolutionContext => ({ variables: { period, region: '高新区' }, indicators: store });
const chip = (kind: PlaceholderAttrs['kind'], key: string, format = '', fallback = 'X'): PlaceholderAttrs => ({ kind, key, format, fallback });

describe('resolvePlaceholder', () => {
  it.each([
    ['地区生产总值增速', '1位小数,%', '6.5%'],
    ['排名(地区生产总值增速)', '位次', '第3位'],
    ['变化(地区生产总值增速,上半年,百分点)', '1位小数', '回落1.2个百分点'],
    ['变化(地区生产总值增速,去年同期,百分点)', '1位小数', '回落0.7个百分点'],
    ['一般公共预算收入', '2位小数,亿元', '12.35亿元'],
    ['一般公共预算收入', '整数,万元', '123456万元'],
    ['完成率(一般公共预算收入,年度计划)', '1位小数,%', '77.2%'],
    ['实际利用外资', '整数,万美元', '2350万美元'],
    ['变化(回迁安置户数,去年同期,百分比)', '1位小数', '下降10.0%'],
    ['地区生产总值增速@去年前三季度', '1位小数,%', '7.2%'],
    ['地区生产总值增速@2020年1-6月', '1位小数,%', '7.7%'],
  ])('%s | %s → %s', (key, format, text) => {
    const resolution = resolvePlaceholder(chip('indicator', key, format), context());
    expect(resolution).toMatchObject({ resolved: true });
    expect(resolution.text).toBe(text);
  });

  it('takes the year plan from the whole year when the period row has no target', () => {
    const resolution = resolvePlaceholder(chip('indicator', '完成率(固定资产投资,年度计划)', '1位小数,%'), context());
    expect(resolution.text).toBe('80.0%');
  });

  it('keeps the figure\'s provenance for hover and 定稿', () => {
    const { provenance } = resolvePlaceholder(chip('indicator', '排名(地区生产总值增速)', '位次'), context());
    expect(provenance).toEqual({
      indicator: '地区生产总值增速', period: '2020-YTD09', periodLabel: '2020年前三季度', value: 6.5, unit: '%', rank: 3, rankOf: 12,
      source: '区统计局', changedBy: 'admin', changedAt: '2020-10-09T02:00:00.000Z',
    });
  });

  it('leaves the fallback and says why when a figure, an indicator or the period is missing', () => {
    expect(resolvePlaceholder(chip('indicator', '地区生产总值增速', '1位小数,%', 'X%'), context('2021年上半年'))).toMatchObject({ text: 'X%', resolved: false, problem: 'no figure for 地区生产总值增速 in 2021年上半年' });
    expect(resolvePlaceholder(chip('indicator', '进出口总额', '', 'X亿元'), context())).toMatchObject({ text: 'X亿元', resolved: false, problem: "no indicator '进出口总额' in the store" });
    expect(resolvePlaceholder(chip('indicator', '地区生产总值增速', '', 'X%'), context(''))).toMatchObject({ resolved: false, problem: expect.stringContaining('回顾期间') });
    expect(resolvePlaceholder(chip('indicator', '((', '', 'X'), context())).toMatchObject({ resolved: false, problem: expect.stringContaining('no indicator expression') });
  });

  it('shows variables once set, and slots until filled', () => {
    expect(resolvePlaceholder(chip('variable', 'region', '', 'XX区'), context())).toEqual({ text: '高新区', resolved: true });
    expect(resolvePlaceholder(chip('variable', 'speaker', '', 'XX同志'), context())).toMatchObject({ text: 'XX同志', resolved: false });
    expect(resolvePlaceholder(chip('slot', '项目名称', '', 'XX项目'), context())).toMatchObject({ text: 'XX项目', resolved: false });
  });
});

describe('periods of references', () => {
  const base = documentPeriod({ period: '2020年前三季度' });

  it('reads the speech\'s period from its variable, and nothing from text that is no period', () => {
    expect(base && periodKey(base)).toBe('2020-YTD09');
    expect(documentPeriod({ period: '今年以来' })).toBeUndefined();
    expect(documentPeriod({})).toBeUndefined();
  });

  it('maps named spans and month ranges, relative years included', () => {
    const key = (ref: Parameters<typeof referencedPeriod>[0]) => {
      const period = referencedPeriod(ref, base);
      return period && periodKey(period);
    };
    expect(key({ kind: 'named', name: '一季度', year: { kind: 'current' } })).toBe('2020-YTD03');
    expect(key({ kind: 'named', name: '三季度', year: { kind: 'previous' } })).toBe('2019-Q3');
    expect(key({ kind: 'named', name: '全年', year: { kind: 'absolute', year: 2018 } })).toBe('2018');
    expect(key({ kind: 'months', from: 1, to: 8, year: { kind: 'current' } })).toBe('2020-YTD08');
    expect(key({ kind: 'months', from: 9, to: 9, year: { kind: 'current' } })).toBe('2020-09');
    expect(key({ kind: 'months', from: 4, to: 9, year: { kind: 'current' } })).toBeUndefined();
  });
});
