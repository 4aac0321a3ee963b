import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, VARIABLES, checkInput, located, speechDoc } from './fixture';
import { yearMismatchCheck } from './year-mismatch';

// The fixture's speech is given on 2024年10月9日.
const texts = (blocks: string[], variables: Record<string, string> = VARIABLES) => {
  const doc = speechDoc(blocks);
  return located(doc, yearMismatchCheck(checkInput(doc, variables))).map(([text, at]) => (text === at ? text : `${text} ≠ ${at}`));
};

describe('yearMismatchCheck', () => {
  it('finds 今年, 明年 and 去年 stated as the wrong year', () => {
    expect(texts(['今年是2023年，明年即2024年。去年（2023年）增长较快。2025年也就是明年。'])).toEqual(['今年是2023年', '明年即2024年']);
    expect(texts(['2024年是明年的关键。'])).toEqual(['2024年是明年']);
  });

  it('finds a 明年 sentence that plans for the speech’s own year', () => {
    expect(texts(['明年，要确保2024年目标全面完成。明年是关键之年。'])).toEqual(['2024年']);
  });

  it('leaves 明年 sentences with the year as a base or deadline, and other years, alone', () => {
    expect(texts(['在2024年基础上，明年再上台阶。2024年以来的成绩为明年打下基础。明年要对标2024年同期，2024年底前完成，2023年水平不算。'])).toEqual([]);
    expect(texts(['明年，2025年规划收官。'])).toEqual([]);
  });

  it('takes the year from the period when the date is unset, and checks nothing without either', () => {
    expect(texts(['明年，要确保2024年目标全面完成。'], { period: '2024年前三季度' })).toEqual(['2024年']);
    expect(texts(['明年，要确保2024年目标全面完成。'], {})).toEqual([]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(yearMismatchCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
