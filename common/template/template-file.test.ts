import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { parseTemplateFile, type ParsedSection } from './template-file';

const GOOD = `---
id: deploy-projects
name: 项目建设
kind: deploy
description: 部署重点项目建设，三个要点。
tags: [项目建设, 四季度]
variables:
  - 地区
  - 期间
  - key: 项目名称
    label: 重点项目名称
    example: 城东片区更新项目
---
# 聚焦项目建设，夯实{{$地区}}发展后劲

　　项目是发展的生命线。截至{{$period}}，全区重点项目完成投资{{重点项目完成投资额|2位小数,亿元}}，完成年度计划的{{完成率(重点项目完成投资额)|1位小数}}。
++ 【盯紧节点，推动项目提速。】{{$项目名称}}要倒排工期，{{?分管区领导}}同志要一线调度。
++ 【强化要素保障。】\\{用地\\}指标优先保障。
`;

function problems(file: string, text: string): string[] {
  const result = parseTemplateFile(file, text);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** A section header with the given body and extra header lines. */
function section(body: string, header = ''): string {
  return `---\nid: broken\nname: 残缺模板\nkind: deploy\n${header}---\n${body}`;
}

describe('parsing a section template', () => {
  it('reads the header and the blocks of a good file', () => {
    const result = parseTemplateFile('deploy-projects.section.txt', GOOD);
    expect(result.ok).toBe(true);
    const template = (result as { template: ParsedSection }).template;
    expect(template).toMatchObject({ id: 'deploy-projects', name: '项目建设', templateKind: 'deploy', tags: ['项目建设', '四季度'] });
    expect(template.variables).toEqual([
      { key: 'region', required: true },
      { key: 'period', required: true },
      { key: '项目名称', label: '重点项目名称', example: '城东片区更新项目', required: true },
    ]);
    expect(template.blocks.map((block) => [block.type, block.line])).toEqual([
      ['heading', 14],
      ['paragraph', 16],
      ['point', 17],
      ['point', 18],
    ]);
    const point = template.blocks[3];
    expect(point?.type === 'point' && point.body.map((item) => (item.type === 'text' ? item.text : item.type))).toEqual(['{用地}指标优先保障。']);
  });

  it('accepts the good file', () => {
    expect(problems('deploy-projects.section.txt', GOOD)).toEqual([]);
  });

  it('makes the speech\'s period a required variable of a template with figures, declared or not', () => {
    const variablesOf = (text: string) => {
      const result = parseTemplateFile('x.section.txt', text);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      return result.template.variables;
    };
    expect(variablesOf(section('增长{{地区生产总值增速|1位小数}}。\n'))).toEqual([{ key: 'period', required: true }]);
    expect(variablesOf(section('增长{{地区生产总值增速|1位小数}}。\n', 'variables: [period]\n'))).toEqual([{ key: 'period', required: true }]);
    expect(variablesOf(section('没有数字。\n'))).toEqual([]);
  });

  it('reads CRLF line ends and a byte order mark, as Notepad may save', () => {
    expect(parseTemplateFile('deploy-projects.section.txt', `\uFEFF${GOOD.replace(/\n/g, '\r\n')}`).ok).toBe(true);
  });

  // Each broken file with the problems it must report, as `file:line:column: message`.
  const BROKEN: Array<[string, string, string[]]> = [
    ['no header', '# 标题\n', ['x.section.txt:1:1: a template file starts with a header between two --- lines']],
    ['unclosed header', '---\nid: a\n', ['x.section.txt:1:1: the header opened on line 1 is not closed with a --- line']],
    ['unknown kind', section('正文。').replace('kind: deploy', 'kind: summary'), ["x.section.txt:4:7: unknown kind 'summary' (expected opening, review, situation, problems, deploy, party-building, planning, closing)"]],
    ['missing id and name', '---\nkind: deploy\n---\n正文。\n', ["x.section.txt:3:1: the header has no 'id'", "x.section.txt:3:1: the header has no 'name'"]],
    ['bad id', section('正文。').replace('id: broken', 'id: 部署'), ["x.section.txt:2:5: id '部署' must be lowercase letters and digits joined by -, e.g. deploy-year-end"]],
    ['unknown field', section('正文。', 'author: 张三\n'), ["x.section.txt:5:1: unknown header field 'author' (expected id, name, kind, description, tags, variables)"]],
    ['unknown placeholder expression', section('增长{{增速(地区生产总值增速)}}。'), ["x.section.txt:6:5: placeholder {{增速(地区生产总值增速)}}: unknown function '增速' (expected 排名, 变化, 完成率)"]],
    ['unknown indicator', section('增长{{地区生产总值增长}}。'), ["x.section.txt:6:3: unknown indicator '地区生产总值增长' (templates/README.md lists the known ones)"]],
    ['undeclared variable', section('{{$项目名称}}要加快。'), ["x.section.txt:6:1: variable '项目名称' is not declared in the header: declare it under variables with a key, a label and an example"]],
    ['undeclared standard variable', section('{{$地区}}要加快。'), ["x.section.txt:6:1: variable '地区' is not declared in the header: add '- region' under variables"]],
    ['declared but unused', section('正文。', 'variables: [region]\n'), ["x.section.txt:5:13: variable 'region' is declared but never used"]],
    ['own variable without label', section('{{$项目名称}}。', 'variables:\n  - 项目名称\n'), ["x.section.txt:6:5: variable '项目名称' is the template's own: give it a Chinese 'label'"]],
    ['unclosed placeholder', section('增长{{地区生产总值增速。'), ["x.section.txt:6:3: '{{' is not closed with '}}' on this line"]],
    ['stray closing marker', section('增长}}。'), ["x.section.txt:6:3: '}}' without an opening '{{'"]],
    ['unclosed lead', section('++ 【盯紧节点。正文'), ["x.section.txt:6:4: the lead sentence opened with '【' is not closed with '】'"]],
    ['lead without sentence end', section('++ 【盯紧节点】正文。'), ['x.section.txt:6:9: the lead sentence has no sentence end: finish it with 。, ！ or ？ before 】']],
    ['point without lead', section('++ 盯紧节点。正文。'), ['x.section.txt:6:4: a point starts with its lead sentence in 【】, e.g. ++ 【盯紧节点，推动项目提速。】正文']],
    ['typed figure', section('增长6.5%。'), ["x.section.txt:6:3: typed figure '6': figures are placeholders in a template, e.g. {{固定资产投资增速|1位小数}} or {{?项目个数}}", "x.section.txt:6:5: typed figure '5': figures are placeholders in a template, e.g. {{固定资产投资增速|1位小数}} or {{?项目个数}}"]],
    ['typed number', section('# 一、抓好项目建设'), ["x.section.txt:6:3: typed number '一、': numbers are computed, remove it (use # for headings, + for points)"]],
    ['level too deep', section('##### 标题'), ['x.section.txt:6:1: ##### is level 5: levels are 1 to 4 (# to ####)']],
    ['skipped level', section('# 标题\n### 小标题'), ['x.section.txt:7:1: level 3 right after level 1 skips level 2']],
    ['point beside its heading', section('## 标题\n++ 【要点。】正文。'), ['x.section.txt:7:1: a level-2 point right under a level-2 heading would be numbered as its sibling: write +++']],
    ['empty body', section(''), ['x.section.txt:5:1: the template has no text below its header']],
    ['duplicate field', section('正文。', 'name: 又一个\n'), ["x.section.txt:5:1: field 'name' is given twice (first on line 3)"]],
    ['bad format for the figure', section('{{一般公共预算收入|%}}'), ['x.section.txt:6:1: 一般公共预算收入 is money in 元: write it in 亿元, 万元, 元']],
    ['not a template name', '', ['notes.txt:1:1: not a template file name: sections end in .section.txt, skeletons in .skeleton.txt']],
  ];

  it.each(BROKEN)('reports %s with file, line and column', (_what, text, expected) => {
    expect(problems(expected[0]?.split(':')[0] ?? 'x.section.txt', text)).toEqual(expected);
  });
});

describe('parsing a skeleton', () => {
  const skeleton = (extra: string) => `---
id: quarterly
name: 季度领导干部会议
title: 在{{$meeting}}上的讲话
meta: （{{$speaker}}，{{$date}}）
sections: [opening, deploy-projects]
variables:
  - meeting
  - key: speaker
    required: false
  - key: date
    required: false
${extra}---
`;

  it('reads title and meta patterns, sections with their lines, and variables', () => {
    const result = parseTemplateFile('q.skeleton.txt', skeleton(''));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.template).toMatchObject({ kind: 'skeleton', id: 'quarterly', sections: [{ id: 'opening', line: 6 }, { id: 'deploy-projects', line: 6 }] });
    expect(result.template.kind === 'skeleton' && result.template.variables).toEqual([
      { key: 'meeting', required: true },
      { key: 'speaker', required: false },
      { key: 'date', required: false },
    ]);
  });

  it('refuses a body, a part count in the title and a section listed twice', () => {
    const text = skeleton('').replace('sections: [opening, deploy-projects]', 'sections: [opening, opening]').replace('上的讲话', '上的讲话{{#部分数}}') + '正文\n';
    expect(problems('q.skeleton.txt', text)).toEqual([
      'q.skeleton.txt:4:25: {{#部分数}} belongs in a section, not in the title or meta line',
      "q.skeleton.txt:6:21: section 'opening' is listed twice (first on line 6)",
      'q.skeleton.txt:14:1: a skeleton has only a header: its text comes from the sections it lists',
    ]);
  });
});
