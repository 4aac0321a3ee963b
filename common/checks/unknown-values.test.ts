import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, checkInput, located, speechDoc } from './fixture';
import { unknownValueCheck } from './unknown-values';

describe('unknownValueCheck', () => {
  it('finds X tokens typed as text, with their ranges', () => {
    const doc = speechDoc(['地区生产总值增长X%，排全市第X位，完成投资XX亿元。刚才，XX同志作了报告。', '拍X光片不算。']);
    const findings = unknownValueCheck(checkInput(doc));
    expect(located(doc, findings)).toEqual([
      ['X%', 'X%'],
      ['第X位', '第X位'],
      ['XX亿元', 'XX亿元'],
      ['XX同志', 'XX同志'],
    ]);
    expect(findings[0]).toMatchObject({ kind: 'unknown-value', params: { hint: '生产总值增长' } });
  });

  it('reports nothing in the clean fixture', () => {
    expect(unknownValueCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
