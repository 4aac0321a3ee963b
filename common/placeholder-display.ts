import type { Node } from 'prosemirror-model';
import { placeholderText, type PlaceholderAttrs } from './schema';

/** Document variable values by key, as kept in the speech's VARIABLES_MAP. */
export type VariableValues = Readonly<Record<string, string>>;

/**
 * What a placeholder shows now: a variable's value once the writer has set it, otherwise its fallback (or the
 * expression when it has none). Indicators show their fallback until the resolver has a figure.
 */
export function placeholderDisplayText(attrs: PlaceholderAttrs, variables: VariableValues): string {
  if (attrs.kind === 'variable') {
    const value = variables[attrs.key]?.trim();
    if (value) return value;
  }
  return placeholderText(attrs);
}

/** The text of a block (a title, say) with each placeholder read as it shows now. */
export function blockDisplayText(block: Node, variables: VariableValues): string {
  let text = '';
  block.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.type.name === 'placeholder') text += placeholderDisplayText(child.attrs as PlaceholderAttrs, variables);
    else text += child.textContent;
  });
  return text;
}
