import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ImportResult } from '../../common/api';

/**
 * Sample speeches for the import tests, written for them: a reused 讲话-style speech with its gaps marked X,
 * a 公文-style one, and the same 讲话 speech as a Word file built on the spot.
 */

export const SPEECH_LINES = [
  '在全区重点项目建设推进会上的讲话',
  '（XX同志，20XX年10月9日）',
  '同志们：',
  '　　今天召开这次会议，主要是盘点前三季度项目建设进展，部署四季度攻坚任务。刚才，XX同志通报了项目推进情况，我完全同意。',
  '　　今年以来，全区项目建设总体向好。一是投资规模稳步扩大，固定资产投资增速X%，排全市第X位。二是重大项目加快落地，完成投资X亿元，新开工项目X个。',
  '　　下面，我讲两点意见：',
  '一、盯紧目标，确保全年任务圆满完成',
  '1、盯紧节点，推动项目提速。各责任单位要倒排工期、挂图作战，XX项目要在X月X日前开工。',
  '2、优化服务，破解要素瓶颈。对审批中的堵点，要一项一项研究解决。',
  '二、压实责任，营造比学赶超浓厚氛围',
  '　　同志们，全年目标任务已进入冲刺阶段，让我们以优异成绩迎接新的一年！',
] as const;

export const SPEECH_TITLE = '在全区重点项目建设推进会上的讲话';

export const SPEECH_HEADINGS: ImportResult['headings'] = [
  { level: 1, number: '一、', text: '盯紧目标，确保全年任务圆满完成' },
  { level: 2, number: '1、', text: '盯紧节点，推动项目提速。各责任单位要倒排工期、挂图作战，XX项目要在X月X日前开工。' },
  { level: 2, number: '2、', text: '优化服务，破解要素瓶颈。对审批中的堵点，要一项一项研究解决。' },
  { level: 1, number: '二、', text: '压实责任，营造比学赶超浓厚氛围' },
];

export const SPEECH_SLOT_KEYS = ['姓名', '年份', '姓名', '资产投资增速', '全市位次', '完成投资', '新开工项目', '项目名称', '日期'];

export const OFFICIAL_LINES = [
  '关于全区安全生产工作的讲话',
  '同志们：',
  '一、总体要求',
  '（一）压实属地责任',
  '1.强化网格化监管。各镇街要把责任落实到具体岗位、具体人员。',
  '（二）加强督导检查',
];

export const OFFICIAL_HEADINGS = ['1 一、', '2 （一）', '3 1.', '2 （二）'];

const text = (value: string, bold = false) => new TextRun({ text: value, bold, font: { eastAsia: '仿宋_GB2312' } });

/** SPEECH_LINES as Word writes them: centred title, 一、 parts as Heading 1, 1、 points with the lead in bold. */
export async function buildSpeechDocx(): Promise<Buffer> {
  const [title, meta, salutation, opening, review, turn, part1, , , part2, closing] = SPEECH_LINES;
  const plain = (value: string) => new Paragraph({ children: [text(value)] });
  const point = (number: string, lead: string, body: string) => new Paragraph({ children: [text(number), text(lead, true), text(body)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, font: { eastAsia: '方正小标宋简体' } })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [text(meta)] }),
          plain(salutation),
          plain(opening),
          plain(review),
          plain(turn),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(part1, true)] }),
          point('1、', '盯紧节点，推动项目提速。', '各责任单位要倒排工期、挂图作战，XX项目要在X月X日前开工。'),
          point('2、', '优化服务，破解要素瓶颈。', '对审批中的堵点，要一项一项研究解决。'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(part2, true)] }),
          plain(closing),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A Word file whose sections are marked by heading styles only, without typed numbers. */
export async function buildStyledHeadingsDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [text('在全区党建工作会议上的讲话')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('关于基层组织建设')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text('存在的问题')] }),
          new Paragraph({ children: [text('部分支部组织生活不够规范。')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
