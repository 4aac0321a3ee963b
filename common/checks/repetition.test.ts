import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, checkInput, located, speechDoc } from './fixture';
import { repeatedParagraphCheck } from './repeated-paragraphs';
import { repeatedSentenceCheck } from './repeated-sentences';

const PASTED = '各重点项目要倒排工期，确保年底前完成年度投资计划，形成更多实物工作量。';
const PARAGRAPH = '四季度是全年工作的决战期，各级各部门要拿出冲刺的劲头。';

describe('repeatedSentenceCheck', () => {
  it('finds every repeat of a long sentence but not its first occurrence, nor short sentences', () => {
    const doc = speechDoc([`要抓好落实。${PASTED}`, { point: `盯紧节点。${PASTED}要抓好落实。` }, `${PASTED}`]);
    const findings = repeatedSentenceCheck(checkInput(doc));
    expect(located(doc, findings)).toEqual([
      [PASTED, PASTED],
      [PASTED, PASTED],
    ]);
    expect(findings[0]?.from).toBeGreaterThan(doc.child(3).nodeSize);
  });

  it('leaves whole repeated paragraphs to the paragraph check', () => {
    const doc = speechDoc([PARAGRAPH, PARAGRAPH]);
    expect(repeatedSentenceCheck(checkInput(doc))).toEqual([]);
    expect(located(doc, repeatedParagraphCheck(checkInput(doc)))).toEqual([[PARAGRAPH, PARAGRAPH]]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(repeatedSentenceCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});

describe('repeatedParagraphCheck', () => {
  it('finds the later copies of a paragraph, not short ones', () => {
    const doc = speechDoc([PARAGRAPH, '同志们，', PARAGRAPH, '同志们，', `  ${PARAGRAPH}`]);
    const findings = repeatedParagraphCheck(checkInput(doc));
    expect(located(doc, findings)).toEqual([
      [PARAGRAPH, PARAGRAPH],
      [PARAGRAPH, PARAGRAPH],
    ]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(repeatedParagraphCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
