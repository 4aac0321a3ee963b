import type { Node } from 'prosemirror-model';
import { numberBlocks } from '../numbering';
import type { NumberingStyle } from '../numbering-style';
import type { ResolutionContext } from '../placeholder-resolve';
import { speechSchema } from '../schema';
import { freezeDoc } from './freeze';

/** Two full-width spaces: the first-line indent of every body line, so that text pasted into Word keeps it. */
export const BODY_INDENT = '　　';

/**
 * A speech as plain text for pasting into Word: title, meta line, a blank line, salutation, then one line per
 * heading or paragraph, indented, with its computed number written out and its placeholders resolved.
 */
export function speechPlainText(doc: Node, numberingStyle: NumberingStyle, context: ResolutionContext): string {
  const frozen = freezeDoc(doc, context).doc;
  const labels = new Map(numberBlocks(frozen, numberingStyle).map((block) => [block.pos, block.label]));
  const head: string[] = [];
  const body: string[] = [];
  frozen.forEach((block, pos) => {
    const text = block.textContent.trim();
    switch (block.type) {
      case speechSchema.nodes.title:
      case speechSchema.nodes.meta:
        // An empty meta line (no speaker or date yet) would read as a stray gap under the title.
        if (text) head.push(text);
        return;
      case speechSchema.nodes.salutation:
        if (text) body.push(text);
        return;
      default: {
        const label = labels.get(pos) ?? '';
        if (label || text) body.push(`${BODY_INDENT}${label}${text}`);
      }
    }
  });
  return `${[...head, '', ...body].join('\n')}\n`;
}
