import { describe, expect, it } from 'vitest';
import { setHeading, setParagraph } from './block-type';
import { toggleLead } from './toggle-lead';
import { apply, h, outline, p, speech, stateAt } from '../testing/command-state';

describe('setHeading and setParagraph', () => {
  it('sets heading levels on body blocks', () => {
    const result = apply(stateAt(speech(p('甲')), 3), setHeading(2));
    expect(result && outline(result.doc)).toEqual(['h2:甲']);
    expect(result && apply(result, setHeading(2))).toBeUndefined();
  });

  it('turns a point into a heading without its lead mark', () => {
    const point = apply(stateAt(speech(h(1, '一'), p('甲。乙')), 4), toggleLead);
    const result = point && apply(point, setHeading(2));
    expect(result && outline(result.doc)).toEqual(['h1:一', 'h2:甲。乙']);
  });

  it('makes a heading plain text', () => {
    const result = apply(stateAt(speech(h(3, '甲')), 3), setParagraph);
    expect(result && outline(result.doc)).toEqual(['p:甲']);
  });

  it('leaves the title, meta line and salutation alone', () => {
    expect(apply(stateAt(speech(p('x')), 0), setHeading(1))).toBeUndefined();
    expect(apply(stateAt(speech(p('x')), 2), setParagraph)).toBeUndefined();
  });
});
