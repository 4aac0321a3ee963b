import { describe, expect, it } from 'vitest';
import { speechBackspace, speechDelete } from './backspace';
import { apply, h, outline, p, speech, stateAt } from '../testing/command-state';

describe('speechBackspace', () => {
  it('turns a heading at its start into a paragraph instead of joining', () => {
    const result = apply(stateAt(speech(p('甲'), h(1, '乙')), 4), speechBackspace);
    expect(result && outline(result.doc)).toEqual(['p:甲', 'p:乙']);
  });

  it('never merges the first body paragraph into the salutation', () => {
    const doc = speech(p('正文'));
    const result = apply(stateAt(doc, 3), speechBackspace);
    expect(result?.doc.eq(doc)).toBe(true);
    expect(result?.selection.$from.parent.type.name).toBe('salutation');
  });

  it('removes an empty first paragraph when more body follows', () => {
    const result = apply(stateAt(speech(p(''), p('正文')), 3), speechBackspace);
    expect(result && outline(result.doc)).toEqual(['p:正文']);
  });

  it('leaves joining of ordinary paragraphs to the default', () => {
    expect(apply(stateAt(speech(p('甲'), p('乙')), 4), speechBackspace)).toBeUndefined();
  });

  it('keeps the frame: Delete at the end of the salutation does nothing', () => {
    const doc = speech(p('正文'));
    expect(apply(stateAt(doc, 2, 4), speechDelete)?.doc.eq(doc)).toBe(true);
    expect(apply(stateAt(doc, 3, 0), speechDelete)).toBeUndefined();
  });
});
