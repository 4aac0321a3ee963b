import { describe, expect, it } from 'vitest';
import { speechSchema } from '../schema';
import { exportedSpeech } from './export-blocks';
import { exportContext, safetySpeech, sampleSpeech } from './export-fixtures';
import { speechMarkdown } from './markdown';

describe('speechMarkdown', () => {
  it('writes the title as #, numbered headings, bold leads with their numbers and resolved placeholders', () => {
    const speech = exportedSpeech(sampleSpeech(), 'speech', exportContext({ period: '2024年前三季度', meeting: '全区经济运行分析会', speaker: '张明', region: '高新区' }));
    expect(speechMarkdown(speech)).toBe(
      [
        '# 在全区经济运行分析会上的讲话',
        '张明',
        '同志们：',
        '## 一、经济运行稳中向好',
        '**1、增速领先。**地区生产总值增长5.8%，排全市第3位，比上半年回落0.3个百分点。',
        '高新区推进XX项目，进出口总额X亿元。',
      ].join('\n\n') + '\n',
    );
    expect(speech.unresolved).toEqual([
      { kind: 'slot', key: '项目名称', text: 'XX项目' },
      { kind: 'indicator', key: '进出口总额', text: 'X亿元' },
    ]);
  });

  it('keeps official numbering and Markdown characters as text', () => {
    const s = speechSchema;
    const doc = safetySpeech(
      s.node('paragraph', { point: 3 }, [s.text('落实*三个*必须。', [s.marks.lead.create()]), s.text('做到_全覆盖_。')]),
      s.node('paragraph', { point: 3 }, [s.text('压实部门责任。')]),
    );
    expect(speechMarkdown(exportedSpeech(doc, 'official', exportContext()))).toBe(
      ['# 关于安全生产的讲话', '同志们：', '## 一、压实责任', '### （一）属地责任', '**1.落实\\*三个\\*必须。**做到\\_全覆盖\\_。', '2\\.压实部门责任。'].join('\n\n') + '\n',
    );
  });
});
