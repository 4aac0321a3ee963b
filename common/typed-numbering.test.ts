import { describe, expect, it } from 'vitest';
import { Fragment, type Node } from 'prosemirror-model';
import { liftTypedNumbering, readTypedNumber } from './typed-numbering';
import { speechSchema as s } from './schema';

const para = (text: string) => s.node('paragraph', null, text ? [s.text(text)] : []);
const describeBlock = (block: Node) => {
  const lead = block.content.content.filter((n) => n.marks.some((m) => m.type.name === 'lead')).map((n) => n.text).join('');
  if (block.type.name === 'heading') return `H${block.attrs.level as number} ${block.textContent}`;
  if (block.attrs.point) return `P${block.attrs.point as number} [${lead}]${block.textContent.slice(lead.length)}`;
  return block.textContent;
};
const lift = (lines: string[], style?: 'speech' | 'official') => {
  const result = liftTypedNumbering(Fragment.from(lines.map(para)), style);
  const blocks: string[] = [];
  result.content.forEach((block) => blocks.push(describeBlock(block)));
  return { style: result.style, blocks };
};

describe('readTypedNumber', () => {
  it.each([
    ['一、加强领导', 'chinese-comma', 1, 2],
    ['十二、收官', 'chinese-comma', 12, 3],
    ['（三）压实责任', 'chinese-paren', 3, 3],
    ['(3) 压实责任', 'arabic-paren', 3, 4],
    ['2、盯紧节点。', 'arabic-comma', 2, 2],
    ['3. 项目', 'arabic-dot', 3, 3],
    ['4．项目', 'arabic-dot', 4, 2],
    ['（10）细则', 'arabic-paren', 10, 4],
    ['③其他', 'circled', 3, 1],
    ['　一、全角空格开头', 'chinese-comma', 1, 3],
  ])('%s', (text, kind, value, length) => {
    expect(readTypedNumber(text)).toEqual({ kind, value, length });
  });

  it.each(['一是抓项目，二是抓招商', '1.5亿元的投资', '2020年全区', '同志们：', '一、', '0、无效', '第一、'])('finds no numbering in %s', (text) => {
    expect(readTypedNumber(text)).toBeUndefined();
  });
});

describe('liftTypedNumbering', () => {
  it('turns 讲话-style typed numbering into headings and lead points', () => {
    const { style, blocks } = lift([
      '同志们，今天召开会议。',
      '一、攻坚克难，确保全年目标圆满收官',
      '1、盯紧节点，推动项目提速。要倒排工期。',
      '2、守住底线。',
      '（1）细化责任',
      '一是抓项目，二是抓招商。',
      '二、统筹发展和安全',
    ]);
    expect(style).toBe('speech');
    expect(blocks).toEqual([
      '同志们，今天召开会议。',
      'H1 攻坚克难，确保全年目标圆满收官',
      'P2 [盯紧节点，推动项目提速。]要倒排工期。',
      'P2 [守住底线。]',
      'H3 细化责任',
      '一是抓项目，二是抓招商。',
      'H1 统筹发展和安全',
    ]);
  });

  it('infers 公文 style from （一） and maps 1. to the third level', () => {
    const { style, blocks } = lift(['一、总体要求', '（一）指导思想', '1.坚持稳中求进。全面贯彻。', '（1）细则']);
    expect(style).toBe('official');
    expect(blocks).toEqual(['H1 总体要求', 'H2 指导思想', 'P3 [坚持稳中求进。]全面贯彻。', 'H4 细则']);
  });

  it('uses the given style over the inferred one', () => {
    expect(lift(['1、盯紧节点'], 'official').blocks).toEqual(['H3 盯紧节点']);
  });

  it('keeps marks and placeholders after the stripped prefix', () => {
    const chip = s.node('placeholder', { kind: 'slot', key: '项目名称', format: '', fallback: 'XX项目' });
    const block = s.node('paragraph', null, [s.text('1、推进'), chip, s.text('建设。', [s.marks.strong.create()]), s.text('正文')]);
    const { content } = liftTypedNumbering(Fragment.from(block));
    const lifted = content.firstChild!;
    expect(lifted.attrs.point).toBe(2);
    expect(lifted.child(1).type.name).toBe('placeholder');
    expect(lifted.textContent).toBe('推进XX项目建设。正文');
    // The lead is bold already: it excludes strong.
    expect(lifted.child(2).marks.map((m) => m.type.name)).toEqual(['lead']);
    expect(lifted.lastChild!.marks).toEqual([]);
  });
});
