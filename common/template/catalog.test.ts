import { describe, expect, it } from 'vitest';
import { numberBlocks } from '../numbering';
import { speechSchema } from '../schema';
import { buildTemplateCatalog, type TemplateFileText } from './catalog';
import { formatProblem } from './problems';
import { PART_COUNT_SLOT, renderSkeletonDoc } from './render';

const situation = `---
id: situation
name: 形势
kind: situation
---
下面，我强调{{#部分数}}点意见：
`;
const part = (id: string, heading: string) => `---
id: ${id}
name: ${heading}
kind: deploy
---
# ${heading}
++ 【第一件事。】正文。
++ 【第二件事。】{{地区生产总值增速|1位小数}}。
`;
const skeleton = (sections: string) => `---
id: meeting
name: 会议
title: 在{{$meeting}}上的讲话
meta: （{{$speaker}}）
sections: [${sections}]
variables:
  - meeting
  - key: speaker
    required: false
---
`;
const file = (name: string, text: string, source: 'shipped' | 'user' = 'shipped'): TemplateFileText => ({ file: name, text, source });

const FILES = [
  file('situation.section.txt', situation),
  file('a.section.txt', part('part-a', '守牢底线，确保大局稳定')),
  file('b.section.txt', part('part-b', '攻坚克难，确保目标完成')),
  file('meeting.skeleton.txt', skeleton('situation, part-a, part-b')),
];

describe('the template catalog', () => {
  it('lists sections with rendered content and skeletons with merged variables', () => {
    const { catalog } = buildTemplateCatalog(FILES);
    expect(catalog.problems).toEqual([]);
    expect(catalog.sections.map((section) => [section.id, section.kind, section.source])).toEqual([
      ['part-a', 'deploy', 'shipped'],
      ['part-b', 'deploy', 'shipped'],
      ['situation', 'situation', 'shipped'],
    ]);
    for (const section of catalog.sections) for (const node of section.content) speechSchema.nodeFromJSON(node).check();
    // Alone, the situation has no part after it to count: the writer gets a slot.
    expect(catalog.sections[2]?.content[0]?.content).toContainEqual({ type: 'placeholder', attrs: PART_COUNT_SLOT });
    // A section with an indicator placeholder needs the speech's period: it joins the skeleton's variables.
    expect(catalog.skeletons).toEqual([
      {
        id: 'meeting',
        name: '会议',
        description: '',
        sections: ['situation', 'part-a', 'part-b'],
        variables: [{ key: 'meeting', required: true }, { key: 'speaker', required: false }, { key: 'period', required: true }],
      },
    ]);
  });

  it('renders a skeleton into a whole speech whose outline matches its sections and whose count matches its parts', () => {
    const loaded = buildTemplateCatalog(FILES);
    const skeletonTemplate = loaded.skeletons.get('meeting');
    if (!skeletonTemplate) throw new Error('skeleton missing');
    const doc = renderSkeletonDoc(skeletonTemplate, ['situation', 'part-a', 'part-b'].map((id) => loaded.sections.get(id)!));
    expect(doc.child(0).childCount).toBe(3);
    expect(doc.child(2).textContent).toBe('同志们：');
    expect(doc.child(3).textContent).toBe('下面，我强调二点意见：');
    expect(numberBlocks(doc, 'speech').map((block) => `${block.label}${block.text.slice(0, 4)}`)).toEqual(['一、守牢底线', '1、第一件事', '2、第二件事', '二、攻坚克难', '1、第一件事', '2、第二件事']);
  });

  it('keeps every good template listed and reports the others', () => {
    const { catalog } = buildTemplateCatalog([
      ...FILES,
      file('dup.section.txt', part('part-a', '重复')),
      file('user-dup.section.txt', part('situation', '用户的'), 'user'),
      file('broken.section.txt', '# 无头\n'),
      file('lost.skeleton.txt', skeleton('situation, part-x').replace('id: meeting', 'id: lost')),
      file('uncounted.skeleton.txt', skeleton('part-a, situation').replace('id: meeting', 'id: uncounted')),
    ]);
    expect(catalog.problems.map(formatProblem)).toEqual([
      'broken.section.txt:1:1: a template file starts with a header between two --- lines',
      "dup.section.txt:2:1: duplicate id 'part-a': also in a.section.txt:2",
      "lost.skeleton.txt:6:23: section 'part-x' does not exist (or failed to load)",
      "uncounted.skeleton.txt:6:1: section 'situation' announces {{#部分数}} parts, but no level-1 heading follows it in this skeleton",
      "user-dup.section.txt:2:1: duplicate id 'situation': also in situation.section.txt:2",
    ]);
    expect(catalog.sections.map((section) => section.id).sort()).toEqual(['part-a', 'part-b', 'situation']);
    expect(catalog.skeletons.map((s) => s.id)).toEqual(['meeting']);
  });
});
