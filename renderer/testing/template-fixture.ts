import type { NodeJson, SectionTemplate, Skeleton, TemplateCatalog } from '../../common/api';

const text = (value: string, lead = false): NodeJson => (lead ? { type: 'text', text: value, marks: [{ type: 'lead' }] } : { type: 'text', text: value });
const variable = (key: string, fallback: string): NodeJson => ({ type: 'placeholder', attrs: { kind: 'variable', key, format: '', fallback } });
const slot = (fallback: string): NodeJson => ({ type: 'placeholder', attrs: { kind: 'slot', key: fallback, format: '', fallback } });
const heading = (value: string): NodeJson => ({ type: 'heading', attrs: { level: 1 }, content: [text(value)] });
const paragraph = (...content: NodeJson[]): NodeJson => ({ type: 'paragraph', attrs: { point: 0 }, content });
const point = (lead: string, body: string): NodeJson => ({ type: 'paragraph', attrs: { point: 2 }, content: [text(lead, true), text(body)] });

function section(id: string, name: string, kind: SectionTemplate['kind'], content: NodeJson[], source: SectionTemplate['source'] = 'shipped'): SectionTemplate {
  return { id, name, kind, description: `${name}的说明`, tags: [], source, variables: [], content };
}

/** A small catalog in the genre's shape, for component tests. */
export function sampleCatalog(): TemplateCatalog {
  const sections: SectionTemplate[] = [
    section('opening-quarter', '季度会议开场', 'opening', [paragraph(text('今天召开'), variable('meeting', '会议名称'), text('，主要任务是总结'), variable('period', '回顾期间'), text('工作。'))]),
    section('opening-short', '简短开场', 'opening', [paragraph(text('这次会议很重要。'))]),
    section('review-economy', '经济指标回顾', 'review', [paragraph(text('一是经济运行稳中有进，增速'), slot('X%'), text('。'))]),
    section('deploy-projects', '项目建设', 'deploy', [heading('聚焦项目，确保投资稳步增长'), point('盯紧节点。', '推动项目提速。'), point('强化服务。', '解决项目难题。')]),
    section('deploy-safety', '安全稳定', 'deploy', [heading('守牢底线，确保大局和谐稳定'), point('抓好安全生产。', '全面排查隐患。')]),
    section('closing-standard', '结束语', 'closing', [paragraph(text('同志们，让我们以优异成绩迎接新的一年！'))]),
  ];
  const skeletons: Skeleton[] = [
    {
      id: 'quarter-meeting',
      name: '季度领导干部会议',
      description: '回顾成绩，部署项目和安全工作。',
      sections: ['opening-quarter', 'review-economy', 'deploy-projects', 'deploy-safety', 'closing-standard'],
      variables: [
        { key: 'meeting', required: true, example: '全区领导干部会议' },
        { key: 'region', required: true, example: '高新区' },
        { key: 'speaker', required: false },
        { key: 'date', required: false },
        { key: 'period', required: true, example: '前三季度' },
        { key: '重点项目', label: '重点项目名称', required: false, example: '科创园' },
      ],
    },
    { id: 'party-building', name: '党建工作会议', description: '总结党建工作。', sections: ['opening-short', 'closing-standard'], variables: [{ key: 'meeting', required: true }] },
  ];
  return { sections, skeletons, problems: [{ file: 'templates/sections/broken.json', line: 3, column: 7, message: 'unknown kind "foo"' }] };
}
