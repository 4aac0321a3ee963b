import { describe, expect, it } from 'vitest';
import { enumerationSequenceCheck } from './enumeration-sequence';
import { CLEAN_SPEECH, checkInput, located, speechDoc } from './fixture';

const found = (blocks: Parameters<typeof speechDoc>[0]) => {
  const doc = speechDoc(blocks);
  const findings = enumerationSequenceCheck(checkInput(doc));
  for (const [text, at] of located(doc, findings)) expect(at).toBe(text);
  return findings.map((finding) => `${finding.text}→${finding.params.expected} ${finding.params.problem}`);
};

describe('enumerationSequenceCheck', () => {
  it('finds a skipped and a repeated number in 一是 enumerations, within a paragraph and across paragraphs', () => {
    expect(found(['一是抓项目，二是抓招商，四是抓民生，五是抓安全。'])).toEqual(['四是→三是 skipped']);
    expect(found(['一是抓项目。', '二是抓招商。', '二是抓民生。'])).toEqual(['二是→三是 repeated']);
  });

  it('finds the same in 第一 enumerations, each style counted on its own', () => {
    expect(found(['第一，要提高站位。一是学，二是做。', '第三，要狠抓落实。'])).toEqual(['第三→第二 skipped']);
  });

  it('starts again at 一是 and after a heading, and reads no numbers inside words', () => {
    expect(found(['一是抓项目，二是抓招商。', '一是稳就业，二是保民生。', { heading: '狠抓落实' }, '一是压责任，二是强督查。'])).toEqual([]);
    expect(found(['一是抓项目，二是抓招商。', { heading: '狠抓落实' }, '三是强督查。'])).toEqual(['三是→一是 skipped']);
    expect(found(['思想统一是前提，全市第一，名列第三位，第三次会议。'])).toEqual([]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(enumerationSequenceCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
