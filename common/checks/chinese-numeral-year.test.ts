import { describe, expect, it } from 'vitest';
import { chineseNumeralYearCheck } from './chinese-numeral-year';
import { CLEAN_SPEECH, checkInput, located, speechDoc } from './fixture';

describe('chineseNumeralYearCheck', () => {
  it('finds years written in Chinese numerals in paragraphs and headings, with the Arabic form', () => {
    const doc = speechDoc(['二〇二〇年是“十三五”收官之年，二零二一年开局良好。', { heading: '回顾二〇二三年工作' }, '三四五六个项目，一二三年级。']);
    const findings = chineseNumeralYearCheck(checkInput(doc));
    expect(located(doc, findings)).toEqual([
      ['二〇二〇年', '二〇二〇年'],
      ['二零二一年', '二零二一年'],
      ['二〇二三年', '二〇二三年'],
    ]);
    expect(findings.map((finding) => finding.params.arabic)).toEqual(['2020年', '2021年', '2023年']);
  });

  it('reports nothing in the clean fixture', () => {
    expect(chineseNumeralYearCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
