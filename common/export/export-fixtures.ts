import type { Node } from 'prosemirror-model';
import type { ProjectedIndicator } from '../indicators';
import { indicatorsByName, type ResolutionContext } from '../placeholder-resolve';
import { speechSchema, type PlaceholderAttrs } from '../schema';
import { observation } from '../testing/projected-indicators';

/** A small speech with one placeholder of each kind, and a store with the figures it quotes, for export tests. */

const s = speechSchema;

export const chip = (kind: PlaceholderAttrs['kind'], key: string, format = '', fallback = ''): Node => s.nodes.placeholder.create({ kind, key, format, fallback });

const figures = (value: number, extra: object = {}) => ({ value, source: '区统计局', changedAt: '2024-10-09T02:00:00.000Z', ...extra });

export const GDP: ProjectedIndicator = {
  id: 'gdp',
  name: '地区生产总值增速',
  unit: '%',
  category: '经济运行',
  description: '',
  higherIsBetter: true,
  observations: {
    '2024-YTD09': observation('2024-YTD09', '2024年前三季度', figures(5.8, { rank: 3, rankOf: 12 })),
    '2024-YTD06': observation('2024-YTD06', '2024年上半年', figures(6.1)),
  },
};

export const exportContext = (variables: Record<string, string> = { period: '2024年前三季度', meeting: '全区经济运行分析会', region: '高新区' }): ResolutionContext => ({
  variables,
  indicators: indicatorsByName([GDP]),
});

/**
 * 在{meeting}上的讲话 / meta with the speaker / 同志们： / 一、heading / 1、point with a figure, a rank and a change /
 * a paragraph with a variable, a slot and a figure the store lacks.
 */
export function sampleSpeech(): Node {
  const doc = s.node('doc', null, [
    s.node('title', null, [s.text('在'), chip('variable', 'meeting', '', 'XX会议'), s.text('上的讲话')]),
    s.node('meta', null, [chip('variable', 'speaker', '', 'XX')]),
    s.node('salutation', null, [s.text('同志们：')]),
    s.node('heading', { level: 1 }, [s.text('经济运行稳中向好')]),
    s.node('paragraph', { point: 2 }, [
      s.text('增速领先。', [s.marks.lead.create()]),
      s.text('地区生产总值增长'),
      chip('indicator', '地区生产总值增速', '1位小数,%', 'X%'),
      s.text('，排全市'),
      chip('indicator', '排名(地区生产总值增速)', '位次', '第X位'),
      s.text('，比上半年'),
      chip('indicator', '变化(地区生产总值增速,上半年,百分点)', '1位小数', '提高X个百分点'),
      s.text('。'),
    ]),
    s.node('paragraph', null, [
      chip('variable', 'region', '', 'XX区'),
      s.text('推进'),
      chip('slot', '项目名称', '', 'XX项目'),
      s.text('，进出口总额'),
      chip('indicator', '进出口总额', '2位小数,亿元', 'X亿元'),
      s.text('。'),
    ]),
  ]);
  doc.check();
  return doc;
}

/** 关于安全生产的讲话 with an empty meta line, 同志们：, 一、压实责任 and its first sub-heading 属地责任, then `rest`. */
export function safetySpeech(...rest: Node[]): Node {
  const doc = s.node('doc', null, [
    s.node('title', null, [s.text('关于安全生产的讲话')]),
    s.node('meta'),
    s.node('salutation', null, [s.text('同志们：')]),
    s.node('heading', { level: 1 }, [s.text('压实责任')]),
    s.node('heading', { level: 2 }, [s.text('属地责任')]),
    ...rest,
  ]);
  doc.check();
  return doc;
}
