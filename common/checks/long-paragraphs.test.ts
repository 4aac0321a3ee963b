import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, checkInput, speechDoc } from './fixture';
import { longParagraphCheck } from './long-paragraphs';

const sentence = '各级各部门要对照目标任务逐项梳理，'; // 17 characters

describe('longParagraphCheck', () => {
  it('finds a paragraph over 400 characters and over three times the median', () => {
    const long = sentence.repeat(30);
    const doc = speechDoc([sentence.repeat(5), sentence.repeat(6), long, sentence.repeat(5)]);
    const findings = longParagraphCheck(checkInput(doc));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'long-paragraph', text: `${long.slice(0, 30)}…`, params: { length: 510, median: 93.5 } });
    expect(doc.textBetween(findings[0]?.from ?? 0, findings[0]?.to ?? 0)).toBe(long);
  });

  it('does not flag a long paragraph among long paragraphs, nor one under 400 characters', () => {
    expect(longParagraphCheck(checkInput(speechDoc([sentence.repeat(20), sentence.repeat(30), sentence.repeat(25)])))).toEqual([]);
    expect(longParagraphCheck(checkInput(speechDoc([sentence, sentence, sentence.repeat(20)])))).toEqual([]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(longParagraphCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
