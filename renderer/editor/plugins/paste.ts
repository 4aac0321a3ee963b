import { Plugin } from 'prosemirror-state';
import { Fragment, Slice, type Node } from 'prosemirror-model';
import { liftTypedNumbering, readTypedNumber } from '../../../common/typed-numbering';
import { DEFAULT_NUMBERING_STYLE, type NumberingStyle } from '../../../common/numbering-style';
import { speechSchema } from '../../../common/schema';
import { cleanPastedHtml } from './clean-pasted-html';
import { numberingKey } from './numbering';

const LEADING_INDENT = /^[\s\u00a0\u3000]+/;

/**
 * Typed numbers are read in the style the pasted text itself uses when it shows it (（一） only occurs in 公文
 * style, 一、 followed by 1、 in 讲话 style); a fragment of bare 1、 items takes the speech's own style.
 */
function styleForPaste(blocks: readonly Node[], speechStyle: NumberingStyle): NumberingStyle {
  const kinds = blocks.map((block) => readTypedNumber(block.textContent)?.kind);
  if (kinds.includes('chinese-paren')) return 'official';
  if (kinds.includes('chinese-comma')) return 'speech';
  return speechStyle;
}

/** Pasted title, meta line or salutation become body text; the speech has one of each already. */
function asBodyBlock(block: Node): Node {
  if (block.type === speechSchema.nodes.paragraph || block.type === speechSchema.nodes.heading || !block.isTextblock) return block;
  return speechSchema.nodes.paragraph.create(null, block.content);
}

/** Writers indent paragraphs with typed full-width spaces in Word; the editor indents by layout. */
function withoutIndent(block: Node): Node {
  const first = block.firstChild;
  if (!block.isTextblock || !first?.isText || !first.text) return block;
  const indent = LEADING_INDENT.exec(first.text);
  if (!indent) return block;
  return block.copy(block.content.cut(indent[0].length));
}

export function transformPastedSlice(slice: Slice, speechStyle: NumberingStyle): Slice {
  const blocks: Node[] = [];
  slice.content.forEach((node) => blocks.push(node.isTextblock ? withoutIndent(asBodyBlock(node)) : node));
  if (!blocks.every((block) => block.isTextblock)) return new Slice(Fragment.from(blocks), slice.openStart, slice.openEnd);
  const { content } = liftTypedNumbering(Fragment.from(blocks), styleForPaste(blocks, speechStyle));
  // A block that became a heading or point must arrive whole: merged into the paragraph at the caret it
  // would take that paragraph's type and lose its number.
  const firstChanged = content.firstChild !== blocks[0];
  const lastChanged = content.lastChild !== blocks[blocks.length - 1];
  const openStart = firstChanged ? 0 : slice.openStart;
  const openEnd = lastChanged ? 0 : slice.openEnd;
  return new Slice(content, openStart, openEnd);
}

/** Paste from Word, WPS and the web: cleaned HTML, then typed numbering lifted into structure. */
export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      transformPastedHTML: (html) => cleanPastedHtml(html),
      transformPasted: (slice, view) => transformPastedSlice(slice, numberingKey.getState(view.state)?.style ?? DEFAULT_NUMBERING_STYLE),
    },
  });
}
