import { describe, expect, it } from 'vitest';
import { blockDisplayText, placeholderDisplayText } from './placeholder-display';
import { speechSchema } from './schema';

describe('placeholderDisplayText', () => {
  const region = { kind: 'variable', key: 'region', format: '', fallback: 'XX区' } as const;

  it("shows a variable's value once it is set, else its fallback, else its key", () => {
    expect(placeholderDisplayText(region, { region: '城东区' })).toBe('城东区');
    expect(placeholderDisplayText(region, { region: '  ' })).toBe('XX区');
    expect(placeholderDisplayText(region, {})).toBe('XX区');
    expect(placeholderDisplayText({ ...region, fallback: '' }, {})).toBe('region');
  });

  it('shows indicators and slots by their fallback or expression, whatever the variables', () => {
    expect(placeholderDisplayText({ kind: 'indicator', key: '地区生产总值增速', format: '%', fallback: 'X%' }, { 地区生产总值增速: '9' })).toBe('X%');
    expect(placeholderDisplayText({ kind: 'slot', key: '重点项目名称', format: '', fallback: '' }, {})).toBe('重点项目名称');
  });

  it('reads a title with its variable chips as values', () => {
    const s = speechSchema;
    const title = s.node('title', null, [s.text('在'), s.nodes.placeholder.create({ kind: 'variable', key: 'meeting', fallback: 'XX会议' }), s.text('上的讲话')]);
    expect(blockDisplayText(title, { meeting: '全区领导干部会议' })).toBe('在全区领导干部会议上的讲话');
    expect(blockDisplayText(title, {})).toBe('在XX会议上的讲话');
  });
});
