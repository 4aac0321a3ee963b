import type { Mark, Node } from 'prosemirror-model';
import type { NodeJson } from '../api';
import { toChineseNumeral } from '../chinese-numerals';
import { speechSchema } from '../schema';
import { DEFAULT_SALUTATION } from '../seed';
import type { InlineItem, TemplateBlock } from './template-body';
import type { ParsedSection, ParsedSkeleton } from './template-file';

/**
 * Templates become speech-schema nodes here. A {{#部分数}} is the number of level-1 headings after its block,
 * written as a Chinese numeral (四), so "下面，我强调四点意见：" always matches the parts that follow. A
 * template rendered alone, with no part after it, gets a slot for the writer instead.
 */

const s = speechSchema;

/** The slot a part count becomes when nothing follows to count. */
export const PART_COUNT_SLOT = { kind: 'slot', key: '意见条数（与后文部分数一致）', format: '', fallback: 'X' } as const;

function inline(items: InlineItem[], partsAfter: number, marks: readonly Mark[] = []): Node[] {
  return items.map((item) => {
    switch (item.type) {
      case 'text':
        return s.text(item.text, marks);
      case 'placeholder':
        return s.nodes.placeholder.create(item.attrs, null, marks);
      case 'part-count':
        return partsAfter > 0 ? s.text(toChineseNumeral(partsAfter), marks) : s.nodes.placeholder.create(PART_COUNT_SLOT, null, marks);
    }
  });
}

/** Renders blocks in order; part counts count the level-1 headings after them within `blocks`. */
export function renderBlocks(blocks: TemplateBlock[]): Node[] {
  const headingsAfter = new Array<number>(blocks.length);
  let count = 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    headingsAfter[i] = count;
    const block = blocks[i] as TemplateBlock;
    if (block.type === 'heading' && block.level === 1) count++;
  }
  return blocks.map((block, index) => {
    const after = headingsAfter[index] ?? 0;
    switch (block.type) {
      case 'heading':
        return s.nodes.heading.create({ level: block.level }, inline(block.content, after));
      case 'paragraph':
        return s.nodes.paragraph.create(null, inline(block.content, after));
      case 'point':
        return s.nodes.paragraph.create({ point: block.level }, [...inline(block.lead, after, [s.marks.lead.create()]), ...inline(block.body, after)]);
    }
  });
}

/** A section template's content as the API carries it. */
export function renderSectionContent(section: ParsedSection): NodeJson[] {
  return renderBlocks(section.blocks).map((node) => node.toJSON() as NodeJson);
}

/** Whether the section asks for a part count, and the line where it does (for skeleton checks). */
export function partCountLine(section: ParsedSection): number | undefined {
  for (const block of section.blocks) {
    const items = block.type === 'point' ? [...block.lead, ...block.body] : block.content;
    const found = items.find((item) => item.type === 'part-count');
    if (found) return found.line;
  }
  return undefined;
}

/** The level-1 parts a list of sections contributes, after the first part count among them. */
export function partsAfterCount(sections: ParsedSection[]): number | undefined {
  const blocks = sections.flatMap((section) => section.blocks);
  const index = blocks.findIndex((block) => (block.type === 'point' ? [...block.lead, ...block.body] : block.content).some((item) => item.type === 'part-count'));
  if (index < 0) return undefined;
  return blocks.slice(index + 1).filter((block) => block.type === 'heading' && block.level === 1).length;
}

/**
 * The whole speech of a skeleton: title and meta line from its patterns (variables stay chips, so a later
 * change of a variable shows everywhere), the salutation, then its sections in order.
 */
export function renderSkeletonDoc(skeleton: ParsedSkeleton, sections: ParsedSection[]): Node {
  const body = renderBlocks(sections.flatMap((section) => section.blocks));
  const doc = s.node('doc', null, [
    s.node('title', null, inline(skeleton.title, 0)),
    s.node('meta', null, inline(skeleton.meta, 0)),
    s.node('salutation', null, [s.text(DEFAULT_SALUTATION)]),
    ...(body.length > 0 ? body : [s.node('paragraph')]),
  ]);
  doc.check();
  return doc;
}
