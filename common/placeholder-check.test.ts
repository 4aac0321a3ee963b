import { describe, expect, it } from 'vitest';
import { checkIndicatorPlaceholder } from './placeholder-check';
import { parsePlaceholderSource, serializeFormat, serializeIndicatorExpression } from './placeholder-expression';
import { indicatorFallback } from './placeholder-fallback';
import { DEFAULT_INDICATORS } from './placeholder-indicators';

function check(source: string) {
  const parsed = parsePlaceholderSource(source);
  if (parsed.kind !== 'indicator') throw new Error('not an indicator');
  const result = checkIndicatorPlaceholder(parsed.expression, parsed.format, DEFAULT_INDICATORS);
  if (!result.ok) return { error: result.message };
  return { key: serializeIndicatorExpression(result.expression), format: serializeFormat(result.format), fallback: indicatorFallback(result.expression, result.format) };
}

describe('checking indicator placeholders against their indicator', () => {
  it('fills the unit a template may leave out, and the fallback shows it', () => {
    expect(check('地区生产总值增速|1位小数')).toEqual({ key: '地区生产总值增速', format: '1位小数,%', fallback: 'X%' });
    expect(check('一般公共预算收入')).toEqual({ key: '一般公共预算收入', format: '亿元', fallback: 'X亿元' });
    expect(check('一般公共预算收入|万元')).toMatchObject({ format: '万元', fallback: 'X万元' });
    expect(check('签约重点项目数')).toMatchObject({ format: '个', fallback: 'X个' });
    expect(check('排名(固定资产投资增速)')).toEqual({ key: '排名(固定资产投资增速)', format: '位次', fallback: '第X位' });
    expect(check('变化(地区生产总值增速,上半年)')).toEqual({ key: '变化(地区生产总值增速,上半年,百分点)', format: '', fallback: '提高（回落）X个百分点' });
    expect(check('变化(社会消费品零售总额,去年同期)|1位小数')).toEqual({ key: '变化(社会消费品零售总额,去年同期,百分比)', format: '1位小数', fallback: '增长（下降）X%' });
    expect(check('完成率(固定资产投资)|1位小数')).toEqual({ key: '完成率(固定资产投资,年度计划)', format: '1位小数,%', fallback: 'X%' });
  });

  it('refuses unknown indicators and formats that do not fit the figure', () => {
    expect(check('地区生产总值增长').error).toContain("unknown indicator '地区生产总值增长'");
    expect(check('地区生产总值增速|亿元').error).toContain('is a rate');
    expect(check('实际利用外资|亿元').error).toContain('money in 美元');
    expect(check('回迁安置户数|个').error).toContain('counted in 户');
    expect(check('地区生产总值增速|位次').error).toContain('排名');
    expect(check('排名(固定资产投资增速)|1位小数').error).toContain('第N位');
    expect(check('变化(地区生产总值增速,上半年,百分比)').error).toContain('changes in 百分点');
    expect(check('变化(一般公共预算收入,去年同期,百分点)').error).toContain('changes in 百分比');
    expect(check('变化(一般公共预算收入,去年同期)|亿元').error).toContain('decimals only');
    expect(check('完成率(固定资产投资)|亿元').error).toContain('percentage');
  });
});
