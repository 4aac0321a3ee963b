import { describe, expect, it } from 'vitest';
import { announcedCountCheck } from './announced-count';
import { CLEAN_SPEECH, checkInput, located, speechDoc } from './fixture';

const found = (blocks: Parameters<typeof speechDoc>[0]) => {
  const doc = speechDoc(blocks);
  const findings = announcedCountCheck(checkInput(doc));
  for (const [text, at] of located(doc, findings)) expect(at).toBe(text);
  return findings.map((finding) => `${finding.text}: ${finding.params.found}`);
};

describe('announcedCountCheck', () => {
  it('finds an announced number of parts that the headings after it do not match', () => {
    expect(found(['下面，我讲三点意见。', { heading: '提高站位' }, '正文。', { heading: '狠抓落实' }, '正文。'])).toEqual(['讲三点: 2']);
    expect(found(['下面，我强调两个方面。', { heading: '提高站位' }, { heading: '狠抓落实' }])).toEqual([]);
  });

  it('counts the points of a part when the announcement is inside it', () => {
    expect(found([{ heading: '狠抓落实' }, '对此，我提四点要求。', { point: '压实责任。' }, { point: '强化督查。' }, { point: '严肃问责。' }])).toEqual(['提四点: 3']);
    expect(found([{ heading: '狠抓落实' }, '我讲三点。', { point: '压实责任。' }, { point: '强化督查。' }, { point: '严肃问责。' }, { heading: '守牢底线' }, { point: '安全生产。' }])).toEqual([]);
  });

  it('counts a typed enumeration when no headings or points follow', () => {
    expect(found(['我讲三点：一是提高站位，二是狠抓落实。'])).toEqual(['讲三点: 2']);
    expect(found(['我谈两点体会。', '第一，要学。', '第二，要做。', '第三，要改。'])).toEqual(['谈两点: 3']);
    expect(found(['我讲三点：一是学，二是做，三是改。一是另一件事。'])).toEqual([]);
  });

  it('says nothing when nothing countable follows', () => {
    expect(found(['我讲三点意见，请大家认真领会。'])).toEqual([]);
  });

  it('reports nothing in the clean fixture', () => {
    expect(announcedCountCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
