import { describe, expect, it } from 'vitest';
import { parsePlaceholderSource, type IndicatorExpression, type PeriodRef, type PlaceholderFormat } from './placeholder-expression';
import { changeBetween, formatChange, formatDecimal, formatFigure, formatIndicator, formatOrdinal, roundDecimal, shareOfTarget, type IndicatorFigures } from './placeholder-format';
import { serializePeriod } from './placeholder-expression';

describe('formatting figures', () => {
  it('rounds half away from zero on the written decimals', () => {
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(2.345, 2)).toBe(2.35);
    expect(roundDecimal(-2.345, 2)).toBe(-2.35);
    expect(roundDecimal(-0.004, 2)).toBe(0);
    expect(roundDecimal(1e-7, 2)).toBe(0);
    expect(() => roundDecimal(Number.NaN, 1)).toThrow(RangeError);
  });

  it('writes decimals as the format says, or up to two without trailing zeros', () => {
    expect(formatDecimal(6.5, 1)).toBe('6.5');
    expect(formatDecimal(6, 1)).toBe('6.0');
    expect(formatDecimal(6.456)).toBe('6.46');
    expect(formatDecimal(6.4)).toBe('6.4');
    expect(formatDecimal(1234.5, 0)).toBe('1235');
    expect(formatDecimal(-0.04, 1)).toBe('0.0');
  });

  it('converts money between units of one currency', () => {
    const money = (word: '亿元' | '万元' | '元' | '亿美元', decimals?: number): PlaceholderFormat => ({ ...(decimals === undefined ? {} : { decimals }), unit: { kind: 'money', word } });
    expect(formatFigure(4_567_000_000, money('亿元', 2))).toBe('45.67亿元');
    expect(formatFigure(4_567_000_000, money('万元', 0))).toBe('456700万元');
    expect(formatFigure(45.67, money('万元', 0), '亿元')).toBe('456700万元');
    expect(formatFigure(12.3, money('亿元', 1), '亿元')).toBe('12.3亿元');
    expect(formatFigure(3_210, money('元'), '万元')).toBe('32100000元');
    expect(() => formatFigure(1, money('亿美元'), '亿元')).toThrow('cannot write 亿元 in 亿美元');
  });

  it('writes percents without multiplying, counts with their word, ranks as 第N位', () => {
    expect(formatFigure(6.5, { decimals: 1, unit: { kind: 'percent' } })).toBe('6.5%');
    expect(formatFigure(-3.25, { decimals: 1, unit: { kind: 'percent' } })).toBe('-3.3%');
    expect(formatFigure(12, { unit: { kind: 'count', word: '个' } })).toBe('12个');
    expect(formatFigure(3, { unit: { kind: 'ordinal' } })).toBe('第3位');
    expect(formatOrdinal(1)).toBe('第1位');
    expect(() => formatOrdinal(0)).toThrow(RangeError);
    expect(() => formatOrdinal(2.5)).toThrow(RangeError);
  });

  it('words a change by its sign', () => {
    expect(formatChange(1.2, 'points', 1)).toBe('提高1.2个百分点');
    expect(formatChange(-1.2, 'points', 1)).toBe('回落1.2个百分点');
    expect(formatChange(5.349, 'percent', 1)).toBe('增长5.3%');
    expect(formatChange(-0.35, 'percent', 1)).toBe('下降0.4%');
    expect(formatChange(0, 'points', 1)).toBe('持平');
    expect(formatChange(-0.04, 'points', 1)).toBe('持平');
    expect(formatChange(0.004, 'percent')).toBe('持平');
  });

  it('computes changes and shares from two figures', () => {
    expect(changeBetween(6.1, 7.3, 'points')).toBeCloseTo(-1.2);
    expect(changeBetween(110, 100, 'percent')).toBeCloseTo(10);
    expect(changeBetween(90, -100, 'percent')).toBeCloseTo(190);
    expect(changeBetween(5, 0, 'percent')).toBeUndefined();
    expect(shareOfTarget(85.3, 100)).toBeCloseTo(85.3);
    expect(shareOfTarget(1, 0)).toBeUndefined();
  });
});

describe('formatIndicator', () => {
  const byPeriod: Record<string, number> = { 本期: 6.1, 上半年: 7.3, 去年同期: 5.2 };
  const amounts: Record<string, number> = { 本期: 38.6, 去年同期: 41.2 };
  const figures: IndicatorFigures = {
    unit: (indicator) => (indicator === '一般公共预算收入' ? '亿元' : '%'),
    value: (indicator: string, period: PeriodRef) => (indicator === '一般公共预算收入' ? amounts : byPeriod)[serializePeriod(period)],
    rank: () => 3,
    target: () => 50,
  };
  const run = (source: string) => {
    const parsed = parsePlaceholderSource(source);
    if (parsed.kind !== 'indicator') throw new Error('not an indicator');
    return formatIndicator(parsed.expression as IndicatorExpression, parsed.format, figures);
  };

  it('formats each kind of expression from the figures it is given', () => {
    expect(run('地区生产总值增速|1位小数,%')).toBe('6.1%');
    expect(run('一般公共预算收入|2位小数,万元')).toBe('386000.00万元');
    expect(run('排名(地区生产总值增速)|位次')).toBe('第3位');
    expect(run('变化(地区生产总值增速,上半年,百分点)|1位小数')).toBe('回落1.2个百分点');
    expect(run('变化(地区生产总值增速,去年同期,百分点)|1位小数')).toBe('提高0.9个百分点');
    expect(run('变化(一般公共预算收入,去年同期,百分比)|1位小数')).toBe('下降6.3%');
    expect(run('完成率(一般公共预算收入,年度计划)|1位小数,%')).toBe('77.2%');
  });

  it('gives nothing when a figure is missing, so the chip keeps its fallback', () => {
    expect(run('地区生产总值增速@全年|1位小数,%')).toBeUndefined();
    expect(run('变化(地区生产总值增速,一季度,百分点)')).toBeUndefined();
  });
});
