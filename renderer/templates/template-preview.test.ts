import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../testing/template-fixture';
import { previewSections, skeletonSections } from './template-preview';

describe('previewSections', () => {
  const catalog = sampleCatalog();
  const skeleton = catalog.skeletons[0];
  if (!skeleton) throw new Error('fixture has no skeleton');

  it('numbers the sections\' blocks across the whole skeleton in the chosen style, with variables filled in', () => {
    const { templates, missing } = skeletonSections(skeleton, catalog);
    expect(missing).toEqual([]);
    const sections = previewSections(templates, 'official', { meeting: '全区领导干部会议' });
    const numbered = sections.flatMap((section) => section.lines.filter((line) => line.level > 0).map((line) => `${line.label}${line.text}`));
    expect(numbered).toEqual(['一、聚焦项目，确保投资稳步增长', '（一）盯紧节点。推动项目提速。', '（二）强化服务。解决项目难题。', '二、守牢底线，确保大局和谐稳定', '（一）抓好安全生产。全面排查隐患。']);
    expect(sections[0]?.lines).toEqual([{ level: 0, label: '', text: '今天召开全区领导干部会议，主要任务是总结回顾期间工作。' }]);
    expect(sections[1]?.lines[0]?.text).toBe('一是经济运行稳中有进，增速X%。');
  });

  it('reports section ids the catalog lacks', () => {
    expect(skeletonSections({ ...skeleton, sections: ['opening-short', 'gone'] }, catalog).missing).toEqual(['gone']);
  });
});
