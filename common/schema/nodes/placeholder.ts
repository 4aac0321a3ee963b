import type { Node, NodeSpec } from 'prosemirror-model';
import { PLACEHOLDER_KINDS, type PlaceholderKind } from '../../placeholder-kind';

export interface PlaceholderAttrs {
  kind: PlaceholderKind;
  /** indicator: an indicator expression; variable: a variable name; slot: a hint for the writer. */
  key: string;
  /** How the value is written (decimals, unit, percent, ordinal); empty for the default. */
  format: string;
  /** Text shown while the placeholder has no value, and kept in exports of an unfinished draft. */
  fallback: string;
}

function isPlaceholderKind(value: unknown): value is PlaceholderKind {
  return typeof value === 'string' && (PLACEHOLDER_KINDS as readonly string[]).includes(value);
}

export function placeholderAttrs(node: Node): PlaceholderAttrs {
  return node.attrs as PlaceholderAttrs;
}

/** What a placeholder reads as before anything resolves it. */
export function placeholderText(attrs: PlaceholderAttrs): string {
  return attrs.fallback || attrs.key;
}

/** A value the writer does not type: an indicator figure, a document variable, or a slot to fill. */
export const placeholder: NodeSpec = {
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  attrs: {
    kind: { default: 'slot', validate: (value) => { if (!isPlaceholderKind(value)) throw new RangeError(`placeholder kind ${String(value)} is unknown`); } },
    key: { default: '', validate: 'string' },
    format: { default: '', validate: 'string' },
    fallback: { default: '', validate: 'string' },
  },
  leafText: (node) => placeholderText(placeholderAttrs(node)),
  parseDOM: [
    {
      tag: 'span[data-placeholder-kind]',
      getAttrs: (dom) => {
        const kind = dom.getAttribute('data-placeholder-kind');
        if (!isPlaceholderKind(kind)) return false;
        return {
          kind,
          key: dom.getAttribute('data-key') ?? '',
          format: dom.getAttribute('data-format') ?? '',
          fallback: dom.getAttribute('data-fallback') ?? '',
        };
      },
    },
  ],
  toDOM: (node) => {
    const attrs = placeholderAttrs(node);
    return [
      'span',
      {
        class: `placeholder-chip placeholder-${attrs.kind}`,
        'data-placeholder-kind': attrs.kind,
        'data-key': attrs.key,
        'data-format': attrs.format,
        'data-fallback': attrs.fallback,
      },
      placeholderText(attrs),
    ];
  },
};
