import type { Node } from 'prosemirror-model';
import type { NodeJson, SectionTemplate, Skeleton, TemplateCatalog } from '../../common/api';
import { numberBlocks } from '../../common/numbering';
import type { Level, NumberingStyle } from '../../common/numbering-style';
import { blockDisplayText } from '../../common/placeholder-display';
import { speechSchema } from '../../common/schema';

/** One block of a template as the writer will read it: its computed number (none for plain paragraphs) and text. */
export interface PreviewLine {
  /** 0 for a paragraph that is not numbered. */
  level: 0 | Level;
  label: string;
  text: string;
}

export interface PreviewSection {
  template: SectionTemplate;
  lines: PreviewLine[];
}

function nodesOf(content: readonly NodeJson[]): Node[] {
  const nodes: Node[] = [];
  for (const json of content) {
    try {
      nodes.push(speechSchema.nodeFromJSON(json));
    } catch {
      // The host validated the template; a block it let through that this schema cannot read is left out of the preview.
    }
  }
  return nodes;
}

/**
 * The templates' blocks one after another, numbered as they will be in the speech: numbers are computed over
 * all of them together (common/numbering.ts), so a preview of a skeleton shows 一、 二、 三、 across sections.
 */
export function previewSections(templates: readonly SectionTemplate[], style: NumberingStyle, variables: Readonly<Record<string, string>> = {}): PreviewSection[] {
  const perTemplate = templates.map((template) => nodesOf(template.content));
  const doc = speechSchema.topNodeType.create(null, perTemplate.flat());
  const labels = new Map(numberBlocks(doc, style).map((block) => [block.pos, block]));
  let pos = 0;
  return templates.map((template, index) => ({
    template,
    lines: (perTemplate[index] ?? []).map((node) => {
      const numbered = labels.get(pos);
      pos += node.nodeSize;
      return { level: numbered?.level ?? 0, label: numbered?.label ?? '', text: blockDisplayText(node, variables) };
    }),
  }));
}

/** The section templates a skeleton names, in its order, and the ids it names that the catalog lacks. */
export function skeletonSections(skeleton: Skeleton, catalog: TemplateCatalog): { templates: SectionTemplate[]; missing: string[] } {
  const byId = new Map(catalog.sections.map((section) => [section.id, section]));
  const templates: SectionTemplate[] = [];
  const missing: string[] = [];
  for (const id of skeleton.sections) {
    const found = byId.get(id);
    if (found) templates.push(found);
    else missing.push(id);
  }
  return { templates, missing };
}
