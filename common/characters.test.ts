import { describe, expect, it } from 'vitest';
import { countCharacters, countDocumentCharacters } from './characters';
import { newSpeechDoc } from './seed';
import { speechSchema as s } from './schema';

describe('countCharacters', () => {
  it('counts ideographs and digits, not punctuation, spaces or letters', () => {
    expect(countCharacters('同志们：')).toBe(3);
    expect(countCharacters('增长8.2%，排全市第3位。')).toBe(10);
    expect(countCharacters('GDP 增长 ５％')).toBe(3);
    expect(countCharacters('二〇二〇年')).toBe(5);
    expect(countCharacters('')).toBe(0);
  });

  it('counts a whole speech with placeholders by their shown text', () => {
    const doc = newSpeechDoc('在全区会议上的讲话');
    expect(countDocumentCharacters(doc)).toBe(9 + 3);
    const withChip = s.node('doc', null, [
      s.node('title'), s.node('meta'), s.node('salutation'),
      s.node('paragraph', null, [s.text('增长'), s.node('placeholder', { kind: 'indicator', key: 'gdp', format: '', fallback: 'X%' }), s.text('。')]),
    ]);
    expect(countDocumentCharacters(withChip)).toBe(2);
  });
});
