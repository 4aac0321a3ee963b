import { describe, expect, it } from 'vitest';
import { moveSection } from './move-section';
import { apply, h, outline, p, speech, stateAt } from '../testing/command-state';

const doc = speech(p('开场'), h(1, '甲'), p('甲引'), h(2, '甲一'), p('甲一文'), h(1, '乙'), p('乙文'), h(1, '丙'));

describe('moveSection', () => {
  it('moves a part with everything under it past the previous part', () => {
    const result = apply(stateAt(doc, 9, 1), moveSection('up'));
    expect(result && outline(result.doc)).toEqual(['p:开场', 'h1:乙', 'p:乙文', 'h1:甲', 'p:甲引', 'h2:甲一', 'p:甲一文', 'h1:丙']);
    expect(result?.selection.$from.parent.textContent).toBe('乙文');
  });

  it('moves a part down past the next one', () => {
    const result = apply(stateAt(doc, 4), moveSection('down'));
    expect(result && outline(result.doc)).toEqual(['p:开场', 'h1:乙', 'p:乙文', 'h1:甲', 'p:甲引', 'h2:甲一', 'p:甲一文', 'h1:丙']);
    expect(result?.selection.$from.parent.textContent).toBe('甲');
  });

  it('does not move a sub-section out of its part, nor text before the first heading', () => {
    expect(apply(stateAt(doc, 6), moveSection('up'))).toBeUndefined();
    expect(apply(stateAt(doc, 6), moveSection('down'))).toBeUndefined();
    expect(apply(stateAt(doc, 3), moveSection('up'))).toBeUndefined();
    expect(apply(stateAt(doc, 10), moveSection('down'))).toBeUndefined();
  });

  it('moves run-in points among their siblings', () => {
    const points = speech(h(1, '甲'), p('一。', 2), p('二。', 2), p('正文'));
    const result = apply(stateAt(points, 6), moveSection('up'));
    expect(result && outline(result.doc)).toEqual(['h1:甲', 'p2:二。', 'p:正文', 'p2:一。']);
  });
});
