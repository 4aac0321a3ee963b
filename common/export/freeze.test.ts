import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { speechSchema } from '../schema';
import { chip, exportContext, sampleSpeech } from './export-fixtures';
import { freezeDoc } from './freeze';

/** Every text run carrying a provenance mark, with that mark's attributes. */
function marked(doc: Node): { text: string; attrs: Record<string, unknown> }[] {
  const runs: { text: string; attrs: Record<string, unknown> }[] = [];
  doc.descendants((node) => {
    const mark = node.marks.find((candidate) => candidate.type === speechSchema.marks.provenance);
    if (node.isText && mark) runs.push({ text: node.text ?? '', attrs: mark.attrs });
  });
  return runs;
}

const placeholders = (doc: Node) => {
  let count = 0;
  doc.descendants((node) => {
    if (node.type === speechSchema.nodes.placeholder) count++;
  });
  return count;
};

const figure = { kind: 'indicator', resolved: true, indicator: '地区生产总值增速', periodLabel: '2024年前三季度', value: 5.8, unit: '%', source: '区统计局', changedAt: '2024-10-09T02:00:00.000Z' };
const bare = { indicator: '', periodLabel: '', value: null, unit: '', source: '', changedAt: '' };

describe('freezeDoc', () => {
  it('replaces every placeholder by its text, marking each with where it came from', () => {
    const { doc, unresolved } = freezeDoc(sampleSpeech(), exportContext());
    expect(placeholders(doc)).toBe(0);
    expect(doc.child(4).textContent).toBe('增速领先。地区生产总值增长5.8%，排全市第3位，比上半年回落0.3个百分点。');
    expect(doc.child(5).textContent).toBe('高新区推进XX项目，进出口总额X亿元。');
    expect(marked(doc)).toEqual([
      { text: '5.8%', attrs: { ...figure, key: '地区生产总值增速' } },
      { text: '第3位', attrs: { ...figure, key: '排名(地区生产总值增速)' } },
      { text: '回落0.3个百分点', attrs: { ...figure, key: '变化(地区生产总值增速,上半年,百分点)' } },
      { text: '高新区', attrs: { ...bare, kind: 'variable', key: 'region', resolved: true } },
      { text: 'XX项目', attrs: { ...bare, kind: 'slot', key: '项目名称', resolved: false } },
      { text: 'X亿元', attrs: { ...bare, kind: 'indicator', key: '进出口总额', resolved: false } },
    ]);
    // The slot, the figure the store lacks and the unset speaker in the meta line.
    expect(unresolved).toBe(3);
  });

  it('writes variables in the title and meta line as plain text, since those lines take no marks', () => {
    const { doc } = freezeDoc(sampleSpeech(), exportContext({ period: '2024年前三季度', meeting: '全区经济运行分析会', speaker: '张明' }));
    expect(doc.child(0).textContent).toBe('在全区经济运行分析会上的讲话');
    expect(doc.child(1).textContent).toBe('张明');
    expect(doc.child(0).content.childCount).toBe(1);
  });

  it('counts figures as unresolved when the speech has no period, keeping their fallbacks', () => {
    const { doc, unresolved } = freezeDoc(sampleSpeech(), exportContext({}));
    expect(doc.child(4).textContent).toBe('增速领先。地区生产总值增长X%，排全市第X位，比上半年提高X个百分点。');
    expect(unresolved).toBe(8);
  });

  it('flags a variable that was never set, so the version view can tell it from one that was', () => {
    const { doc } = freezeDoc(sampleSpeech(), exportContext({ period: '2024年前三季度' }));
    expect(marked(doc).find((run) => run.attrs.kind === 'variable')).toMatchObject({ text: 'XX区', attrs: { key: 'region', resolved: false } });
  });

  it('keeps the marks a placeholder had, and leaves the input untouched', () => {
    const s = speechSchema;
    const source = s.node('doc', null, [
      s.node('title'),
      s.node('meta'),
      s.node('salutation'),
      s.node('paragraph', { point: 1 }, [s.text('抓好', [s.marks.lead.create()]), chip('slot', '重点', '', '').mark([s.marks.lead.create()]), chip('variable', 'region', '', 'XX区').mark([s.marks.lead.create()])]),
    ]);
    const before = source.toJSON();
    const { doc, unresolved } = freezeDoc(source, exportContext());
    expect(source.toJSON()).toEqual(before);
    // The slot without fallback or key reads as nothing and disappears; it still counts.
    expect(unresolved).toBe(1);
    const region = doc.child(3).lastChild;
    expect(region?.text).toBe('高新区');
    expect(region?.marks.map((mark) => mark.type.name).sort()).toEqual(['lead', 'provenance']);
  });
});
