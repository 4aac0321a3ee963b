import { describe, expect, it } from 'vitest';
import type { NodeJson } from '../../../common/api';
import { numberBlocks } from '../../../common/numbering';
import { insertSection } from './insert-section';
import { apply, h, outline, p, speech, stateAt } from '../testing/command-state';

const template: NodeJson[] = [
  { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '守牢底线，确保大局稳定' }] },
  {
    type: 'paragraph',
    attrs: { point: 2 },
    content: [
      { type: 'text', text: '抓好安全生产。', marks: [{ type: 'lead' }] },
      { type: 'text', text: '全年事故起数下降' },
      { type: 'placeholder', attrs: { kind: 'slot', key: '降幅', format: '', fallback: 'X%' } },
    ],
  },
];

const doc = speech(p('开场'), h(1, '甲'), p('甲引'), h(1, '乙'), p('乙文'));

describe('insertSection', () => {
  it('inserts the blocks after the block at the caret; the parts after it renumber', () => {
    const result = apply(stateAt(doc, 5, 1), insertSection(template));
    expect(result && outline(result.doc)).toEqual(['p:开场', 'h1:甲', 'p:甲引', 'h1:守牢底线，确保大局稳定', 'p2:[抓好安全生产。]全年事故起数下降', 'h1:乙', 'p:乙文']);
    expect(result && numberBlocks(result.doc, 'speech').map((block) => `${block.label}${block.text}`)).toEqual([
      '一、甲',
      '二、守牢底线，确保大局稳定',
      '1、抓好安全生产。全年事故起数下降X%',
      '三、乙',
    ]);
    // The caret ends after the inserted text, in its last block.
    expect(result?.selection.$from.parent.textContent).toBe('抓好安全生产。全年事故起数下降X%');
  });

  it('puts a new part after the whole part the caret is in, never between a heading and its text', () => {
    const onHeading = apply(stateAt(doc, 4, 1), insertSection(template));
    expect(onHeading && outline(onHeading.doc)).toEqual(['p:开场', 'h1:甲', 'p:甲引', 'h1:守牢底线，确保大局稳定', 'p2:[抓好安全生产。]全年事故起数下降', 'h1:乙', 'p:乙文']);
    const inLastPart = apply(stateAt(doc, 6, 1), insertSection(template));
    expect(inLastPart && outline(inLastPart.doc).slice(-3)).toEqual(['p:乙文', 'h1:守牢底线，确保大局稳定', 'p2:[抓好安全生产。]全年事故起数下降']);
  });

  it('puts plain paragraphs right after the block at the caret', () => {
    const closing: NodeJson[] = [{ type: 'paragraph', content: [{ type: 'text', text: '同志们，使命在肩。' }] }];
    const result = apply(stateAt(doc, 4, 1), insertSection(closing));
    expect(result && outline(result.doc).slice(0, 4)).toEqual(['p:开场', 'h1:甲', 'p:同志们，使命在肩。', 'p:甲引']);
  });

  it('replaces an empty paragraph at the caret', () => {
    const result = apply(stateAt(speech(h(1, '甲'), p('')), 4), insertSection(template));
    expect(result && outline(result.doc)).toEqual(['h1:甲', 'h1:守牢底线，确保大局稳定', 'p2:[抓好安全生产。]全年事故起数下降']);
  });

  it('puts the section at the top of the body when the caret is in the title', () => {
    const result = apply(stateAt(doc, 0, 1), insertSection(template));
    expect(result && outline(result.doc).slice(0, 3)).toEqual(['h1:守牢底线，确保大局稳定', 'p2:[抓好安全生产。]全年事故起数下降', 'p:开场']);
  });

  it('refuses content that is not body blocks of the speech schema', () => {
    expect(apply(stateAt(doc, 3), insertSection([]))).toBeUndefined();
    expect(apply(stateAt(doc, 3), insertSection([{ type: 'title', content: [{ type: 'text', text: '讲话' }] }]))).toBeUndefined();
    expect(apply(stateAt(doc, 3), insertSection([{ type: 'chart' }]))).toBeUndefined();
    expect(apply(stateAt(doc, 3), insertSection([{ type: 'heading', attrs: { level: 9 } }]))).toBeUndefined();
  });
});
