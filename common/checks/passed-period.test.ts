import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, VARIABLES, checkInput, located, speechDoc } from './fixture';
import { passedPeriodCheck } from './passed-period';

const texts = (blocks: string[], variables: Record<string, string> = VARIABLES) => {
  const doc = speechDoc(blocks);
  return located(doc, passedPeriodCheck(checkInput(doc, variables))).map(([text, at]) => (text === at ? text : `${text} ≠ ${at}`));
};

// A speech given in 2021, reviewing 前三季度: by then, 2020 and most of 2021 have passed.
const OCTOBER_2021 = { date: '2021年10月9日', period: '2021年前三季度' };

describe('passedPeriodCheck', () => {
  it('finds plans for years that had ended and deadlines that had passed', () => {
    expect(texts(['2020年要实现地区生产总值翻番。到2020年底前完成棚户区改造。我们将在2020年6月底前建成园区。'], OCTOBER_2021)).toEqual([
      '2020年要',
      '到2020年底前',
      '在2020年6月底前',
    ]);
    expect(texts(['2020年，我们要全力冲刺。去年要办的事。'], OCTOBER_2021)).toEqual(['2020年，我们要', '去年要']);
  });

  it('finds plans for parts of the speech’s year that had begun', () => {
    expect(texts(['今年下半年要重点抓好项目建设。各部门下半年要加大力度。三季度要确保开工。2021年6月底前完成验收。'], OCTOBER_2021)).toEqual([
      '今年下半年要',
      '下半年要',
      '三季度要',
      '2021年6月底前',
    ]);
  });

  it('leaves plans for what is still to come, reviews of the past and comparisons alone', () => {
    expect(
      texts(
        [
          '四季度要全力冲刺。今年要确保完成全年目标。2021年底前完成年度投资计划。明年上半年要开工。2022年将全面建成。',
          '2020年，全区地区生产总值增长5%。今年下半年以来，经济持续回升。增速比上半年要快。',
        ],
        OCTOBER_2021,
      ),
    ).toEqual([]);
  });

  it('reads the time from the period when there is no date, and from the date alone', () => {
    // Reviewing 上半年: the second half is just beginning, the first is over.
    expect(texts(['下半年要加力。上半年要打好基础。'], { period: '2021年上半年' })).toEqual(['上半年要']);
    // A date with only a year: every earlier year is over, nothing of its own.
    expect(texts(['2020年要收官。2021年要开好局。下半年要加力。'], { date: '2021年' })).toEqual(['2020年要']);
    expect(texts(['2020年要收官。'], {})).toEqual([]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(passedPeriodCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
