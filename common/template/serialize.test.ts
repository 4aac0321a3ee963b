import { describe, expect, it } from 'vitest';
import { speechSchema } from '../schema';
import { formatProblem } from './problems';
import { renderSectionContent } from './render';
import { sectionFileText } from './serialize';
import { parseTemplateFile } from './template-file';

const s = speechSchema;
const chip = (kind: string, key: string, format = '') => s.nodes.placeholder.create({ kind, key, format });
const lead = [s.marks.lead.create()];

describe('writing content as a template file', () => {
  it('writes what the parser reads back into the same content', () => {
    const blocks = [
      s.node('heading', { level: 1 }, [s.text('聚焦项目建设，夯实'), chip('variable', 'region'), s.text('发展后劲')]),
      s.node('paragraph', null, [s.text('截至'), chip('variable', 'period'), s.text('，投资'), chip('indicator', '重点项目完成投资额', '2位小数,亿元'), s.text('。')]),
      s.node('paragraph', { point: 2 }, [s.text('盯紧节点【要】，', lead), chip('slot', '项目名称').mark(lead), s.text('提速。', lead), s.text('{正文}', [s.marks.strong.create()])]),
      s.node('paragraph', null, [s.text('#话题不是标题。')]),
      s.node('paragraph', null),
    ];
    const text = sectionFileText({ id: 'user-abc', name: '[我的]部署', kind: 'deploy', description: '第一行\n第二行', tags: ['项目'] }, blocks);
    expect(text).toContain('name: "[我的]部署"');
    expect(text).toContain('description: 第一行 第二行');
    const result = parseTemplateFile('user-abc.section.txt', text);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    if (result.template.kind !== 'section') throw new Error('not a section');
    expect(result.template.variables).toEqual([{ key: 'region', required: true }, { key: 'period', required: true }]);
    const rendered = renderSectionContent(result.template).map((json) => s.nodeFromJSON(json));
    expect(rendered.map((node) => node.textContent)).toEqual([
      '聚焦项目建设，夯实XX区发展后劲',
      '截至X季度，投资X亿元。',
      '盯紧节点【要】，项目名称提速。{正文}',
      '#话题不是标题。',
    ]);
    expect(rendered[2]?.attrs.point).toBe(2);
    expect(rendered[2]?.child(1).marks.map((mark) => mark.type.name)).toEqual(['lead']);
  });
});
