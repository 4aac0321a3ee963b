import { describe, expect, it } from 'vitest';
import { speechSchema } from '../schema';
import { exportContext, safetySpeech, sampleSpeech } from './export-fixtures';
import { speechPlainText } from './plain-text';

describe('speechPlainText', () => {
  it('writes title, meta, a blank line, the salutation and indented body lines with their numbers', () => {
    const text = speechPlainText(sampleSpeech(), 'speech', exportContext({ period: '2024年前三季度', meeting: '全区经济运行分析会', speaker: '张明', region: '高新区' }));
    expect(text).toBe(
      [
        '在全区经济运行分析会上的讲话',
        '张明',
        '',
        '同志们：',
        '　　一、经济运行稳中向好',
        '　　1、增速领先。地区生产总值增长5.8%，排全市第3位，比上半年回落0.3个百分点。',
        '　　高新区推进XX项目，进出口总额X亿元。',
        '',
      ].join('\n'),
    );
  });

  it('numbers in the speech\'s own style and leaves out an empty meta line and empty paragraphs', () => {
    const s = speechSchema;
    const doc = safetySpeech(s.node('paragraph'), s.node('heading', { level: 2 }, [s.text('部门责任')]));
    expect(speechPlainText(doc, 'official', exportContext())).toBe('关于安全生产的讲话\n\n同志们：\n　　一、压实责任\n　　（一）属地责任\n　　（二）部门责任\n');
  });
});
