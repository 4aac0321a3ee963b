import type { Node } from 'prosemirror-model';
import type { TemplateKind, VariableDefinition } from '../api';
import { isStandardVariable } from '../placeholder-variables';
import type { PlaceholderAttrs } from '../schema';
import { SECTION_SUFFIX } from './template-file';

/**
 * Writes speech content back as a section template file (for "save as template"). The file is then read
 * with the same parser as any other, so what is saved is exactly what loads. Marks other than the lead
 * (bold, emphasis) have no place in the format and are dropped; their text stays.
 */

export interface SectionHeader {
  id: string;
  name: string;
  kind: TemplateKind;
  description: string;
  tags: string[];
}

export function sectionFileName(id: string): string {
  return `${id}${SECTION_SUFFIX}`;
}

/** A header value on one line: quoted when it would otherwise read as a list, a quote or a comment. */
function headerValue(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return /^["'[#]/.test(line) || line === '' ? `"${line}"` : line;
}

function escapeText(text: string, extra = ''): string {
  return text.replace(new RegExp(`[\\\\{}｛｝${extra}]`, 'g'), (ch) => `\\${ch}`);
}

function placeholderSource(attrs: PlaceholderAttrs): string {
  switch (attrs.kind) {
    case 'variable':
      return `$${attrs.key}`;
    case 'slot':
      return `?${attrs.key}`;
    case 'indicator':
      return attrs.format ? `${attrs.key}|${attrs.format}` : attrs.key;
  }
}

function inlineText(nodes: Node[], extraEscapes = ''): string {
  return nodes
    .map((node) => {
      if (node.isText) return escapeText(node.text ?? '', extraEscapes);
      if (node.type.name === 'placeholder') return `{{${placeholderSource(node.attrs as PlaceholderAttrs)}}}`;
      return escapeText(node.textContent, extraEscapes);
    })
    .join('');
}

function children(node: Node): Node[] {
  const list: Node[] = [];
  node.forEach((child) => list.push(child));
  return list;
}

function blockLine(block: Node): string | undefined {
  const inline = children(block);
  if (block.type.name === 'heading') return `${'#'.repeat(block.attrs.level as number)} ${inlineText(inline)}`;
  const point = block.attrs.point as number;
  if (point > 0) {
    const leadEnd = inline.findIndex((child) => !child.marks.some((mark) => mark.type.name === 'lead'));
    const lead = leadEnd < 0 ? inline : inline.slice(0, leadEnd);
    const body = leadEnd < 0 ? [] : inline.slice(leadEnd);
    return `${'+'.repeat(point)} 【${inlineText(lead, '】')}】${inlineText(body)}`;
  }
  const text = inlineText(inline);
  if (text.trim() === '') return undefined;
  return /^[#+]/.test(text) ? `\\${text}` : text;
}

/** The variables the content uses: standard ones by key, others labelled by their own key. */
export function usedVariables(blocks: Node[]): VariableDefinition[] {
  const keys = new Set<string>();
  for (const block of blocks) {
    block.descendants((node) => {
      if (node.type.name === 'placeholder' && node.attrs.kind === 'variable') keys.add(node.attrs.key as string);
    });
  }
  return [...keys].map((key) => (isStandardVariable(key) ? { key, required: true } : { key, label: key, required: true }));
}

export function sectionFileText(header: SectionHeader, blocks: Node[]): string {
  const lines = ['---', `id: ${header.id}`, `name: ${headerValue(header.name)}`, `kind: ${header.kind}`];
  if (header.description) lines.push(`description: ${headerValue(header.description)}`);
  if (header.tags.length > 0) lines.push('tags:', ...header.tags.map((tag) => `  - ${headerValue(tag)}`));
  const variables = usedVariables(blocks);
  if (variables.length > 0) {
    lines.push('variables:');
    for (const variable of variables) {
      lines.push(variable.label ? `  - key: ${variable.key}\n    label: ${headerValue(variable.label)}` : `  - ${variable.key}`);
    }
  }
  lines.push('---', '');
  for (const block of blocks) {
    const line = blockLine(block);
    if (line !== undefined) lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}
