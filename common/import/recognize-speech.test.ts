import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { countCharacters } from '../characters';
import { summarizeImport } from './import-summary';
import { recognizeSpeech } from './recognize-speech';
import type { SourceParagraph } from './source-paragraph';

const lines = (...texts: string[]): SourceParagraph[] => texts.map((text) => ({ runs: [{ text }] }));

/** One line per block: type, level or point, lead in [brackets], slots as {fallback|key}, bold as *…*. */
function outline(doc: Node): string[] {
  const blocks: string[] = [];
  doc.forEach((block) => {
    let text = '';
    block.forEach((child) => {
      if (child.type.name === 'placeholder') text += `{${String(child.attrs.fallback)}|${String(child.attrs.key)}}`;
      else if (child.marks.some((mark) => mark.type.name === 'lead')) text += `[${child.text ?? ''}]`;
      else if (child.marks.some((mark) => mark.type.name === 'strong')) text += `*${child.text ?? ''}*`;
      else text += child.text ?? '';
    });
    const kind = block.type.name === 'heading' ? `H${String(block.attrs.level)}` : block.type.name === 'paragraph' && block.attrs.point ? `P${String(block.attrs.point)}` : block.type.name;
    blocks.push(`${kind} ${text}`);
  });
  return blocks;
}

// A review-and-deploy speech as a purchased one looks, with its gaps marked X.
const SPEECH = [
  '',
  '　　在全区前三季度经济运行分析会上的讲话',
  '（XX同志，20XX年10月9日）',
  '同志们：',
  '　　今天召开这次会议，主要是分析前三季度经济运行情况，安排部署四季度重点工作。刚才，XX同志通报了有关情况，我完全同意。',
  '　　今年以来，全区上下攻坚克难，一是经济指标稳中有进，地区生产总值增速X%，排全市第X位。二是项目建设提速增效，完成投资X亿元，新开工项目X个。',
  '　　下面，我讲两点意见：',
  '一、攻坚克难，确保全年目标圆满收官',
  '1、盯紧节点，推动项目提速。各责任单位要倒排工期，XX项目要在X月X日前开工。',
  '2、守牢底线，抓好安全生产。',
  '（1）压实企业主体责任',
  '二、统筹谋划，高标准编制明年计划',
  '　　同志们，全年目标任务已进入冲刺阶段，让我们以优异成绩迎接新的一年！',
];

describe('recognizeSpeech', () => {
  it('recognises the front matter, the outline and the gaps of a 讲话-style speech', () => {
    const { doc, numberingStyle } = recognizeSpeech(lines(...SPEECH));
    expect(numberingStyle).toBe('speech');
    expect(outline(doc)).toEqual([
      'title 在全区前三季度经济运行分析会上的讲话',
      'meta （{XX同志|姓名}，{20XX年|年份}10月9日）',
      'salutation 同志们：',
      'paragraph 今天召开这次会议，主要是分析前三季度经济运行情况，安排部署四季度重点工作。刚才，{XX同志|姓名}通报了有关情况，我完全同意。',
      'paragraph 今年以来，全区上下攻坚克难，一是经济指标稳中有进，地区生产总值增速{X%|生产总值增速}，排全市第X位。二是项目建设提速增效，完成投资{X亿元|完成投资}，新开工项目{X个|新开工项目}。'.replace(
        '第X位',
        '{第X位|全市位次}',
      ),
      'paragraph 下面，我讲两点意见：',
      'H1 攻坚克难，确保全年目标圆满收官',
      'P2 [盯紧节点，推动项目提速。]各责任单位要倒排工期，{XX项目|项目名称}要在{X月X日|日期}前开工。',
      'P2 [守牢底线，抓好安全生产。]',
      'H3 压实企业主体责任',
      'H1 统筹谋划，高标准编制明年计划',
      'paragraph 同志们，全年目标任务已进入冲刺阶段，让我们以优异成绩迎接新的一年！',
    ]);
  });

  it('summarises headings with their computed numbers, slots in order and 字数', () => {
    const { doc, numberingStyle } = recognizeSpeech(lines(...SPEECH));
    const summary = summarizeImport(doc, numberingStyle);
    expect(summary.title).toBe('在全区前三季度经济运行分析会上的讲话');
    expect(summary.headings).toEqual([
      { level: 1, number: '一、', text: '攻坚克难，确保全年目标圆满收官' },
      { level: 2, number: '1、', text: '盯紧节点，推动项目提速。各责任单位要倒排工期，XX项目要在X月X日前开工。' },
      { level: 2, number: '2、', text: '守牢底线，抓好安全生产。' },
      { level: 3, number: '（1）', text: '压实企业主体责任' },
      { level: 1, number: '二、', text: '统筹谋划，高标准编制明年计划' },
    ]);
    expect(summary.placeholders.map((p) => p.key)).toEqual(['姓名', '年份', '姓名', '生产总值增速', '全市位次', '完成投资', '新开工项目', '项目名称', '日期']);
    expect(summary.placeholders.every((p) => p.kind === 'slot')).toBe(true);
    // Slots count as the text they show; the typed numbers 一、 1、 2、 （1） 二、 are gone (computed, not counted).
    expect(summary.characters).toBe(countCharacters(SPEECH.join('')) - 5);
  });

  it('infers 公文 style from （一） and numbers 1. on the third level', () => {
    const { doc, numberingStyle } = recognizeSpeech(
      lines('关于全区安全生产工作的讲话', '一、总体要求', '（一）压实责任', '1.强化属地管理。各镇街要落实网格化监管。', '（二）加强督查'),
    );
    expect(numberingStyle).toBe('official');
    expect(summarizeImport(doc, numberingStyle).headings.map((h) => `${h.level} ${h.number}`)).toEqual(['1 一、', '2 （一）', '3 1.', '2 （二）']);
  });

  it('joins a subtitle to the title and two speaker/date lines into the meta line', () => {
    const { doc } = recognizeSpeech(
      lines('坚定信心 攻坚克难 奋力夺取全年目标任务全面胜利', '——在全区领导干部会议上的讲话', '区委书记　李明', '2020年10月9日', '同志们、朋友们：', '正文。'),
    );
    expect(outline(doc).slice(0, 4)).toEqual([
      'title 坚定信心 攻坚克难 奋力夺取全年目标任务全面胜利——在全区领导干部会议上的讲话',
      'meta 区委书记　李明\u30002020年10月9日',
      'salutation 同志们、朋友们：',
      'paragraph 正文。',
    ]);
  });

  it('keeps bold leads as leads and other bold as bold; drops bold from headings', () => {
    const source: SourceParagraph[] = [
      { runs: [{ text: '在全区招商引资工作会议上的讲话' }] },
      { runs: [{ text: '同志们：' }] },
      { runs: [{ text: '一、精准招商，', bold: true }, { text: '提升质效', bold: true }] },
      { runs: [{ text: '1、', bold: true }, { text: '聚焦主导产业。', bold: true }, { text: '围绕' }, { text: '重点链条', bold: true }, { text: '，招引项目X个。' }] },
    ];
    expect(outline(recognizeSpeech(source).doc).slice(3)).toEqual(['H1 精准招商，提升质效', 'P2 [聚焦主导产业。]围绕*重点链条*，招引项目{X个|招引项目}。']);
  });

  it('takes Word heading styles as headings when the text has no typed numbering', () => {
    const source: SourceParagraph[] = [
      { runs: [{ text: '在全区党建工作会议上的讲话' }], headingLevel: 1 },
      { runs: [{ text: '关于基层组织建设' }], headingLevel: 1 },
      { runs: [{ text: '存在的问题' }], headingLevel: 2 },
      { runs: [{ text: '三、强化作风建设' }], headingLevel: 2 },
    ];
    expect(outline(recognizeSpeech(source).doc).slice(3)).toEqual(['H1 关于基层组织建设', 'H2 存在的问题', 'H1 强化作风建设']);
  });

  it('has no title when the text starts with the salutation or with body text', () => {
    expect(outline(recognizeSpeech(lines('同志们：', '今天召开会议。')).doc)).toEqual(['title ', 'meta ', 'salutation 同志们：', 'paragraph 今天召开会议。']);
    expect(outline(recognizeSpeech(lines('今年以来，全区经济平稳。')).doc)).toEqual(['title ', 'meta ', 'salutation ', 'paragraph 今年以来，全区经济平稳。']);
  });

  it('joins a title broken over two lines and skips rules before it', () => {
    const { doc } = recognizeSpeech(lines('————————', '在全区三季度经济运行分析会暨', '安全生产工作会议上的讲话', '同志们：', '正文。'));
    expect(outline(doc).slice(0, 3)).toEqual(['title 在全区三季度经济运行分析会暨安全生产工作会议上的讲话', 'meta ', 'salutation 同志们：']);
  });

  it('keeps a slot whole when the token is split over runs', () => {
    const source: SourceParagraph[] = [{ runs: [{ text: '正文：完成投资' }, { text: 'X', bold: true }, { text: '亿元，增长X%。' }] }];
    expect(outline(recognizeSpeech(source).doc)[3]).toBe('paragraph 正文：完成投资{X亿元|完成投资}，增长{X%|增长}。');
  });

  it('gives an empty speech one empty paragraph', () => {
    expect(outline(recognizeSpeech([]).doc)).toEqual(['title ', 'meta ', 'salutation ', 'paragraph ']);
  });
});
