import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, checkInput, located, speechDoc } from './fixture';
import { typedNumberingCheck } from './typed-numbering';

describe('typedNumberingCheck', () => {
  it('finds numbers typed at the start of paragraphs and headings', () => {
    const doc = speechDoc(['一、攻坚克难', { heading: '（二）守牢底线' }, '  1、盯紧节点。推动项目。', '一是抓项目，二是抓招商。', '2020年全区经济平稳。']);
    const findings = typedNumberingCheck(checkInput(doc));
    expect(located(doc, findings)).toEqual([
      ['一、', '一、'],
      ['（二）', '（二）'],
      ['1、', '1、'],
    ]);
    expect(findings[1]?.message).toBe("numbering '（二）' is typed by hand; make the heading a numbered heading or point instead");
  });

  it('reports nothing in the clean fixture', () => {
    expect(typedNumberingCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
