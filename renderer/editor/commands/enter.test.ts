import { describe, expect, it } from 'vitest';
import { speechEnter } from './enter';
import { toggleLead } from './toggle-lead';
import { apply, h, outline, p, speech, stateAt } from '../testing/command-state';

describe('speechEnter', () => {
  it('moves from the title to the meta line and on to the body without splitting', () => {
    const doc = speech(p('正文'));
    const fromTitle = apply(stateAt(doc, 0, 1), speechEnter);
    expect(fromTitle?.doc.eq(doc)).toBe(true);
    expect(fromTitle?.selection.$from.parent.type.name).toBe('meta');
    const fromSalutation = apply(stateAt(doc, 2, 2), speechEnter);
    expect(fromSalutation?.selection.$from.parent.textContent).toBe('正文');
  });

  it('leaves the end of a heading to the default (a new paragraph)', () => {
    expect(apply(stateAt(speech(h(1, '甲')), 3, 1), speechEnter)).toBeUndefined();
  });

  it('turns an empty heading into a paragraph', () => {
    const result = apply(stateAt(speech(h(1, '')), 3), speechEnter);
    expect(result && outline(result.doc)).toEqual(['p:']);
  });

  it('carries the rest of a point over as body text', () => {
    const point = apply(stateAt(speech(h(1, '一'), p('盯紧节点。推动提速。')), 4), toggleLead);
    if (!point) throw new Error('toggleLead did not apply');
    const inside = stateAt(point.doc, 4, 2);
    const result = apply(inside, speechEnter);
    expect(result && outline(result.doc)).toEqual(['h1:一', 'p2:[盯紧]', 'p:节点。推动提速。']);
    expect(result?.selection.$from.parentOffset).toBe(0);
  });
});
