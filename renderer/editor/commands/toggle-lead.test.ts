import { describe, expect, it } from 'vitest';
import { toggleLead } from './toggle-lead';
import { apply, h, outline, p, speech, stateAt } from '../testing/command-state';

describe('toggleLead', () => {
  it('makes a point one level below the preceding heading, its first sentence the lead', () => {
    const state = stateAt(speech(h(1, '攻坚克难'), p('盯紧节点，推动项目提速。下一步要抓好。')), 4);
    const result = apply(state, toggleLead);
    expect(result && outline(result.doc)).toEqual(['h1:攻坚克难', 'p2:[盯紧节点，推动项目提速。]下一步要抓好。']);
  });

  it('uses level 1 without a heading and the whole text without a sentence end', () => {
    const result = apply(stateAt(speech(p('没有句号')), 3), toggleLead);
    expect(result && outline(result.doc)).toEqual(['p1:[没有句号]']);
  });

  it('ends the lead at the first of 。！？；', () => {
    const result = apply(stateAt(speech(h(2, '小节'), p('守住底线；抓好安全。')), 4), toggleLead);
    expect(result && outline(result.doc)).toEqual(['h2:小节', 'p3:[守住底线；]抓好安全。']);
  });

  it('turns a point back into a paragraph and drops the lead mark', () => {
    const once = apply(stateAt(speech(h(1, '一'), p('甲。乙')), 4), toggleLead);
    const twice = once && apply(once, toggleLead);
    expect(twice && outline(twice.doc)).toEqual(['h1:一', 'p:甲。乙']);
  });

  it('does not apply to headings or the title', () => {
    expect(apply(stateAt(speech(h(1, '一')), 3), toggleLead)).toBeUndefined();
    expect(apply(stateAt(speech(p('x')), 0), toggleLead)).toBeUndefined();
  });
});
