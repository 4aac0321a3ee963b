import type { Node } from 'prosemirror-model';
import { numberBlocks } from '../numbering';
import type { Level, NumberingStyle } from '../numbering-style';
import type { PlaceholderKind } from '../placeholder-kind';
import { resolvePlaceholder, type ResolutionContext } from '../placeholder-resolve';
import { placeholderAttrs, speechSchema } from '../schema';

/**
 * A speech read block by block for the formatted exports (.docx, Markdown): each block's computed number and its
 * runs of text with their formatting, placeholders already read as their resolved text. The exports differ only
 * in how they write this, so numbering and resolution cannot drift between them.
 */

export interface ExportRun {
  text: string;
  lead: boolean;
  strong: boolean;
  emphasis: boolean;
  /** Text of a placeholder still waiting for a figure, a variable or the writer's words. */
  unresolved: boolean;
}

export type ExportBlockRole = 'title' | 'meta' | 'salutation' | 'heading' | 'point' | 'paragraph';

export interface ExportBlock {
  role: ExportBlockRole;
  /** Numbering level of a heading or point. */
  level?: Level;
  /** The computed number as printed (一、 / 1、 …), empty for unnumbered blocks. */
  label: string;
  runs: ExportRun[];
}

/** A placeholder an export would print as its fallback, named so that the writer can find it. */
export interface UnresolvedPlaceholder {
  kind: PlaceholderKind;
  key: string;
  /** What it reads as in the speech now (its fallback, e.g. X%). */
  text: string;
}

export interface ExportedSpeech {
  blocks: ExportBlock[];
  unresolved: UnresolvedPlaceholder[];
}

const ROLES = new Map<string, ExportBlockRole>([
  ['title', 'title'],
  ['meta', 'meta'],
  ['salutation', 'salutation'],
  ['heading', 'heading'],
]);

function roleOf(block: Node): ExportBlockRole {
  const role = ROLES.get(block.type.name);
  if (role) return role;
  return (block.attrs.point as number) > 0 ? 'point' : 'paragraph';
}

function blockRuns(block: Node, context: ResolutionContext, unresolved: UnresolvedPlaceholder[]): ExportRun[] {
  const runs: ExportRun[] = [];
  block.forEach((child) => {
    const marks = speechSchema.marks;
    const formatting = {
      lead: marks.lead.isInSet(child.marks) !== undefined,
      strong: marks.strong.isInSet(child.marks) !== undefined,
      emphasis: marks.emphasis.isInSet(child.marks) !== undefined,
    };
    if (child.type !== speechSchema.nodes.placeholder) {
      runs.push({ text: child.text ?? child.textContent, ...formatting, unresolved: false });
      return;
    }
    const attrs = placeholderAttrs(child);
    const resolution = resolvePlaceholder(attrs, context);
    if (!resolution.resolved) unresolved.push({ kind: attrs.kind, key: attrs.key, text: resolution.text });
    // A placeholder without fallback or key reads as nothing; an empty run would only clutter the output.
    if (resolution.text) runs.push({ text: resolution.text, ...formatting, unresolved: !resolution.resolved });
  });
  return runs;
}

export function exportedSpeech(doc: Node, numberingStyle: NumberingStyle, context: ResolutionContext): ExportedSpeech {
  const numbered = new Map(numberBlocks(doc, numberingStyle).map((block) => [block.pos, block]));
  const unresolved: UnresolvedPlaceholder[] = [];
  const blocks: ExportBlock[] = [];
  doc.forEach((block, pos) => {
    const number = numbered.get(pos);
    blocks.push({
      role: roleOf(block),
      ...(number ? { level: number.level } : {}),
      label: number?.label ?? '',
      runs: blockRuns(block, context, unresolved),
    });
  });
  return { blocks, unresolved };
}

/** The text of a block as printed, its number included. */
export function exportBlockText(block: ExportBlock): string {
  return block.label + block.runs.map((run) => run.text).join('');
}
