import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_KINDS } from '../../common/api';
import { numberBlocks } from '../../common/numbering';
import { speechSchema } from '../../common/schema';
import { formatProblem } from '../../common/template/problems';
import { renderSkeletonDoc } from '../../common/template/render';
import { parseTemplateFile, type ParsedSection } from '../../common/template/template-file';
import { toChineseNumeral } from '../../common/chinese-numerals';
import { shippedTemplatesDir } from './shipped-templates-dir';
import { readTemplateFolder } from './template-folder';
import { buildTemplateCatalog } from '../../common/template/catalog';

const dir = shippedTemplatesDir();
const read = readTemplateFolder(dir, 'shipped', (path) => `templates/${path}`);
const loaded = buildTemplateCatalog(read.files);
const { catalog } = loaded;

describe('the shipped templates', () => {
  it('all validate', () => {
    expect([...read.problems, ...catalog.problems].map(formatProblem)).toEqual([]);
    expect(read.files.length).toBe(catalog.sections.length + catalog.skeletons.length);
  });

  it('cover every kind, with variants of review, deploy and closing', () => {
    expect(catalog.sections.length).toBeGreaterThanOrEqual(16);
    const count = (kind: string) => catalog.sections.filter((section) => section.kind === kind).length;
    for (const kind of TEMPLATE_KINDS) expect(count(kind), kind).toBeGreaterThanOrEqual(1);
    for (const kind of ['review', 'deploy', 'closing']) expect(count(kind), kind).toBeGreaterThanOrEqual(2);
    expect(catalog.skeletons.map((skeleton) => skeleton.id).sort()).toEqual(['annual-economic-conference', 'quarterly-cadres-meeting']);
  });

  it('render into nodes the speech schema accepts', () => {
    for (const section of catalog.sections) {
      expect(section.content.length, section.id).toBeGreaterThan(0);
      for (const json of section.content) speechSchema.nodeFromJSON(json).check();
    }
  });

  it('deploy parts are a two-clause level-1 heading, an intro paragraph and three or four run-in points', () => {
    for (const section of catalog.sections.filter((candidate) => candidate.kind === 'deploy')) {
      const nodes = section.content.map((json) => speechSchema.nodeFromJSON(json));
      expect(nodes[0]?.type.name, section.id).toBe('heading');
      expect(nodes[0]?.attrs.level).toBe(1);
      expect(nodes[0]?.textContent).toMatch(/^[^，]+，[^，]+$/);
      expect(nodes[1]?.attrs.point).toBe(0);
      const points = nodes.slice(2);
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points.length).toBeLessThanOrEqual(4);
      for (const point of points) {
        expect(point.attrs.point).toBe(2);
        expect(point.firstChild?.marks.map((mark) => mark.type.name)).toEqual(['lead']);
      }
    }
  });

  it('review templates carry their figures as indicator placeholders and names as slots', () => {
    for (const section of catalog.sections.filter((candidate) => candidate.kind === 'review')) {
      const kinds = new Set<string>();
      for (const json of section.content) speechSchema.nodeFromJSON(json).descendants((node) => void (node.type.name === 'placeholder' && kinds.add(node.attrs.kind as string)));
      expect([...kinds].sort(), section.id).toEqual(expect.arrayContaining(['indicator', 'slot']));
    }
  });

  it.each(['quarterly-cadres-meeting', 'annual-economic-conference'])('%s renders an outline that matches its sections and a count that matches its parts', (id) => {
    const skeleton = loaded.skeletons.get(id);
    if (!skeleton) throw new Error(`${id} missing`);
    const sections = skeleton.sections.map((entry) => loaded.sections.get(entry.id) as ParsedSection);
    const doc = renderSkeletonDoc(skeleton, sections);
    const expectedHeadings = sections.flatMap((section) => section.blocks.filter((block) => block.type === 'heading' && block.level === 1));
    const outline = numberBlocks(doc, 'speech').filter((block) => block.level === 1);
    expect(outline.map((block) => block.label)).toEqual(expectedHeadings.map((_, index) => `${toChineseNumeral(index + 1)}、`));
    expect(outline.map((block) => block.text)).toEqual(expectedHeadings.map((block) => (block.type === 'heading' ? block.content.map((item) => (item.type === 'text' ? item.text : '')).join('') : '')));
    expect(doc.textContent).toContain(`我强调${toChineseNumeral(outline.length)}点意见：`);
    expect(doc.child(2).textContent).toBe('同志们：');
  });

  it('include the example of templates/README.md, which validates too', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const example = /```text\n(---\nid: deploy-projects[\s\S]*?)```/.exec(readme)?.[1];
    if (!example) throw new Error('README example not found');
    const result = parseTemplateFile('readme-example.section.txt', example);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

describe('shippedTemplatesDir', () => {
  it('is templates/ at the root both from the bundle and from source', () => {
    expect(shippedTemplatesDir('file:///app/dist/host/cli.js')).toBe('/app/templates');
    expect(shippedTemplatesDir('file:///app/host/templates/shipped-templates-dir.ts')).toBe('/app/templates');
  });
});
