import { describe, expect, it } from 'vitest';
import {
  parseFormat,
  parseIndicatorExpression,
  parsePeriod,
  parsePlaceholderSource,
  PlaceholderSyntaxError,
  serializeFormat,
  serializeIndicatorExpression,
  serializePlaceholderSource,
} from './placeholder-expression';

function syntaxError(run: () => unknown): PlaceholderSyntaxError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlaceholderSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a syntax error');
}

describe('placeholder expressions', () => {
  it('reads variables, standard or own, and slots with their hint', () => {
    expect(parsePlaceholderSource('$meeting')).toEqual({ kind: 'variable', key: 'meeting' });
    expect(parsePlaceholderSource(' ＄项目名称 ')).toEqual({ kind: 'variable', key: '项目名称' });
    expect(parsePlaceholderSource('?分管区领导姓名（职务）')).toEqual({ kind: 'slot', hint: '分管区领导姓名（职务）' });
    expect(parsePlaceholderSource('？重点项目名称')).toEqual({ kind: 'slot', hint: '重点项目名称' });
  });

  it("reads an indicator's value for the document's period or a named one", () => {
    expect(parseIndicatorExpression('固定资产投资增速')).toEqual({ kind: 'value', ref: { indicator: '固定资产投资增速', period: { kind: 'document' } } });
    expect(parseIndicatorExpression('固定资产投资增速@上半年').ref.period).toEqual({ kind: 'named', name: '上半年', year: { kind: 'current' } });
    expect(parseIndicatorExpression('一般公共预算收入＠去年全年').ref.period).toEqual({ kind: 'named', name: '全年', year: { kind: 'previous' } });
    expect(parseIndicatorExpression('一般公共预算收入@2024年1-9月').ref.period).toEqual({ kind: 'months', from: 1, to: 9, year: { kind: 'absolute', year: 2024 } });
  });

  it('reads rank, change and share, with full-width punctuation as typed by an IME', () => {
    expect(parseIndicatorExpression('排名（规模以上工业增加值增速）')).toEqual({ kind: 'rank', ref: { indicator: '规模以上工业增加值增速', period: { kind: 'document' } } });
    expect(parseIndicatorExpression('变化(地区生产总值增速@前三季度，上半年，百分点)')).toEqual({
      kind: 'change',
      ref: { indicator: '地区生产总值增速', period: { kind: 'named', name: '前三季度', year: { kind: 'current' } } },
      against: { kind: 'named', name: '上半年', year: { kind: 'current' } },
      unit: 'points',
    });
    expect(parseIndicatorExpression('变化(一般公共预算收入, 去年同期)')).toMatchObject({ kind: 'change', against: { kind: 'same-period-last-year' } });
    expect(parseIndicatorExpression('完成率(固定资产投资)')).toMatchObject({ kind: 'share', target: '年度计划' });
    expect(parseIndicatorExpression('完成率(固定资产投资, 年度目标)')).toMatchObject({ kind: 'share', target: '年度目标' });
  });

  it('reads formats: decimals, money units, percent, ordinal and counting words', () => {
    expect(parseFormat('1位小数, 亿元')).toEqual({ decimals: 1, unit: { kind: 'money', word: '亿元' } });
    expect(parseFormat('整数 万元')).toEqual({ decimals: 0, unit: { kind: 'money', word: '万元' } });
    expect(parseFormat('％，2位小数')).toEqual({ decimals: 2, unit: { kind: 'percent' } });
    expect(parseFormat('位次')).toEqual({ unit: { kind: 'ordinal' } });
    expect(parseFormat('户')).toEqual({ unit: { kind: 'count', word: '户' } });
    expect(parseFormat('')).toEqual({});
  });

  it('serializes to a canonical text that parses back to the same expression', () => {
    const sources = [
      '$region',
      '?重点项目名称',
      '地区生产总值增速|1位小数,%',
      '一般公共预算收入@去年1-9月|2位小数,亿元',
      '排名(固定资产投资增速@一季度)|位次',
      '变化(地区生产总值增速,上半年,百分点)|1位小数',
      '变化(社会消费品零售总额@2024年全年,去年同期)',
      '完成率(一般公共预算收入,年度目标)|1位小数,%',
      '签约重点项目数@9月|个',
    ];
    for (const source of sources) {
      const parsed = parsePlaceholderSource(source);
      expect(serializePlaceholderSource(parsed)).toBe(source);
      expect(parsePlaceholderSource(serializePlaceholderSource(parsed))).toEqual(parsed);
    }
    expect(serializeIndicatorExpression(parseIndicatorExpression(' 排名（ 固定资产投资增速 ＠ 上半年 ） '))).toBe('排名(固定资产投资增速@上半年)');
    expect(serializeFormat(parseFormat('亿元 1位小数'))).toBe('1位小数,亿元');
    expect(parsePeriod('本期')).toEqual({ kind: 'document' });
  });

  it('refuses what it cannot read, at the offending offset', () => {
    expect(syntaxError(() => parseIndicatorExpression('增速(固定资产投资增速)'))).toMatchObject({ offset: 0, message: expect.stringContaining("unknown function '增速'") });
    expect(syntaxError(() => parseIndicatorExpression('排名(固定资产投资增速'))).toMatchObject({ message: expect.stringContaining('not closed') });
    expect(syntaxError(() => parseIndicatorExpression('排名(a, b)')).message).toContain('takes 1 arguments, got 2');
    expect(syntaxError(() => parseIndicatorExpression('固定资产投资增速@明年'))).toMatchObject({ offset: 9, message: expect.stringContaining("unknown period '明年'") });
    expect(syntaxError(() => parseIndicatorExpression('固定资产投资增速@9-3月')).message).toContain('not a span');
    expect(syntaxError(() => parseIndicatorExpression('变化(地区生产总值增速, 本期)')).message).toContain('not 本期');
    expect(syntaxError(() => parseIndicatorExpression('变化(地区生产总值增速, 上半年, 个)')).message).toContain('百分点 or 百分比');
    expect(syntaxError(() => parseIndicatorExpression('完成率(固定资产投资, 半年计划)')).message).toContain("unknown target '半年计划'");
    expect(syntaxError(() => parseIndicatorExpression('固定 资产')).message).toContain("' ' cannot stand");
    expect(syntaxError(() => parseFormat('1位小数,  千元'))).toMatchObject({ offset: 7, message: expect.stringContaining("unknown format '千元'") });
    expect(syntaxError(() => parseFormat('亿元, %')).message).toContain('cannot both be the unit');
    expect(syntaxError(() => parseFormat('5位小数')).message).toContain('at most 4 decimals');
    expect(syntaxError(() => parseFormat('位次, 1位小数')).message).toContain('no decimals');
    expect(syntaxError(() => parsePlaceholderSource('$')).message).toContain('needs a name');
    expect(syntaxError(() => parsePlaceholderSource('$region|整数')).message).toContain('no format');
    expect(syntaxError(() => parsePlaceholderSource('?  ')).message).toContain('needs a hint');
    expect(syntaxError(() => parsePlaceholderSource('   ')).message).toContain('empty');
  });
});
