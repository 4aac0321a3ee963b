import type { Node } from 'prosemirror-model';
import { indicatorsByName } from '../placeholder-resolve';
import { speechSchema as s } from '../schema';
import type { CheckInput } from './check-input';
import type { Formulation } from './formulation-list';

/**
 * Speeches the checks' tests read: a clean one that no check may flag, and a builder for ones with planted
 * problems. Paragraph strings may hold {meeting} for a variable chip and {?名称} for an unfilled slot.
 */
export const VARIABLES = { meeting: '全区前三季度经济运行分析会', date: '2024年10月9日', period: '2024年前三季度', region: '高新区' };

export const FORMULATIONS: Formulation[] = [
  { old: '环境保护局', current: '生态环境局', since: '2018-03-21' },
  { old: '扶贫开发领导小组办公室', current: '乡村振兴局', since: '2021-02-25' },
  { old: '数据资源局', current: '数据局', since: '2030-01-01' },
];

function inline(text: string) {
  return text
    .split(/(\{\??[^}]+\})/u)
    .filter((part) => part !== '')
    .map((part) => {
      const chip = /^\{(\?)?([^}]+)\}$/u.exec(part);
      if (!chip?.[2]) return s.text(part);
      return s.node('placeholder', { kind: chip[1] ? 'slot' : 'variable', key: chip[2], format: '', fallback: '' });
    });
}

export type Block = string | { heading: string } | { point: string };

export function speechDoc(blocks: readonly Block[]): Node {
  return s.node('doc', null, [
    s.node('title', null, inline('在{meeting}上的讲话')),
    s.node('meta', null, [s.text('（2024年10月9日）')]),
    s.node('salutation', null, [s.text('同志们：')]),
    ...blocks.map((block) =>
      typeof block === 'string'
        ? s.node('paragraph', null, inline(block))
        : 'heading' in block
          ? s.node('heading', { level: 1 }, inline(block.heading))
          : s.node('paragraph', { point: 2 }, inline(block.point)),
    ),
  ]);
}

export function checkInput(doc: Node, variables: Record<string, string> = VARIABLES): CheckInput {
  return { doc, context: { variables, indicators: indicatorsByName([]) }, formulations: FORMULATIONS };
}

export const CLEAN_SPEECH: readonly Block[] = [
  '今天召开{meeting}，主要任务是总结前三季度经济运行情况，分析当前形势，部署四季度工作。刚才，区发展改革局通报了有关情况，我完全同意。',
  '今年以来，全区上下攻坚克难，经济运行总体平稳。一是项目建设提速，二是招商引资见效，三是民生保障有力。在2024年基础上，明年要力争更大突破，2025年要全面完成“十四五”规划目标任务。',
  '下面，我讲两点意见。',
  { heading: '攻坚克难，确保全年目标圆满收官' },
  '四季度是全年工作的决战期，四季度要全力冲刺。要抓好落实。生态环境局要盯紧重点区域，乡村振兴局要抓好帮扶产业。',
  { point: '盯紧节点，推动项目提速。各重点项目要倒排工期，确保年底前完成年度投资计划。要抓好落实。' },
  { heading: '守牢底线，维护安全稳定大局' },
  '同志们，在这次会议上部署的各项任务，时间紧、任务重，大家要以只争朝夕的劲头，确保全年目标圆满完成！',
];

/** What a check found, as [text, the text at its range]: the two agree when the range is right. */
export function located(doc: Node, findings: ReadonlyArray<{ text: string; from: number; to: number }>): Array<[string, string]> {
  return findings.map((finding) => [finding.text, doc.textBetween(finding.from, finding.to, undefined, '\ufffc')]);
}
