import { Fragment, type Mark, type Node } from 'prosemirror-model';
import { fromChineseNumeral } from './chinese-numerals';
import type { Level, NumberingStyle } from './numbering-style';
import { speechSchema } from './schema';

/**
 * Numbering typed by hand at the start of a paragraph, as found in Word files, pasted web pages and old
 * speeches. Speechdesk computes numbers, so such text is lifted into structure: the prefix is removed and the
 * paragraph becomes a heading or a numbered run-in point on the level the prefix stands for.
 */
export type TypedNumberKind =
  /** 一、 */
  | 'chinese-comma'
  /** （一） */
  | 'chinese-paren'
  /** 1、 */
  | 'arabic-comma'
  /** 1. or 1． */
  | 'arabic-dot'
  /** （1） */
  | 'arabic-paren'
  /** ① */
  | 'circled';

export interface TypedNumber {
  kind: TypedNumberKind;
  value: number;
  /** Length of the prefix, including the spaces after it. */
  length: number;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PATTERNS: ReadonlyArray<{ kind: TypedNumberKind; pattern: RegExp }> = [
  { kind: 'chinese-comma', pattern: /^[\s\u3000]*([一二三四五六七八九十百零]+)[、．][\s\u3000]*/ },
  { kind: 'chinese-paren', pattern: /^[\s\u3000]*[（(][\s\u3000]*([一二三四五六七八九十百零]+)[\s\u3000]*[）)][\s\u3000]*/ },
  { kind: 'arabic-comma', pattern: /^[\s\u3000]*(\d{1,3})[\s\u3000]*、[\s\u3000]*/ },
  // "1." but not "1.5亿元": the dot must not be followed by a digit.
  { kind: 'arabic-dot', pattern: /^[\s\u3000]*(\d{1,3})[.．](?!\d)[\s\u3000]*/ },
  { kind: 'arabic-paren', pattern: /^[\s\u3000]*[（(][\s\u3000]*(\d{1,3})[\s\u3000]*[）)][\s\u3000]*/ },
  { kind: 'circled', pattern: new RegExp(`^[\\s\\u3000]*([${CIRCLED}])[\\s\\u3000]*`) },
];

/** Reads typed numbering at the start of text, if there is any. */
export function readTypedNumber(text: string): TypedNumber | undefined {
  for (const { kind, pattern } of PATTERNS) {
    const match = pattern.exec(text);
    const digits = match?.[1];
    if (!match || digits === undefined) continue;
    const value =
      kind === 'chinese-comma' || kind === 'chinese-paren'
        ? fromChineseNumeral(digits)
        : kind === 'circled'
          ? CIRCLED.indexOf(digits) + 1
          : Number.parseInt(digits, 10);
    // Nothing after the number is no numbered item; neither is "0、".
    if (value === undefined || value < 1 || match[0].length >= text.length) continue;
    return { kind, value, length: match[0].length };
  }
  return undefined;
}

/** 公文 style is the only one that uses （一）; a text with it is in that style, any other in 讲话 style. */
export function inferNumberingStyle(kinds: Iterable<TypedNumberKind>): NumberingStyle {
  for (const kind of kinds) if (kind === 'chinese-paren') return 'official';
  return 'speech';
}

const LEVELS: Record<NumberingStyle, Record<TypedNumberKind, Level>> = {
  speech: { 'chinese-comma': 1, 'chinese-paren': 2, 'arabic-comma': 2, 'arabic-dot': 2, 'arabic-paren': 3, circled: 4 },
  official: { 'chinese-comma': 1, 'chinese-paren': 2, 'arabic-comma': 3, 'arabic-dot': 3, 'arabic-paren': 4, circled: 4 },
};

export function typedNumberLevel(kind: TypedNumberKind, style: NumberingStyle): Level {
  return LEVELS[style][kind];
}

/** The end of the first sentence, the lead of a run-in point: up to and including 。！？； */
const SENTENCE_END = /[。！？；!?;]/;

/** Leaf inline nodes count as one character so that string offsets equal positions in the content. */
function inlineText(node: Node): string {
  return node.textBetween(0, node.content.size, undefined, '\ufffc');
}

function addMarkInRange(content: Fragment, from: number, to: number, mark: Mark): Fragment {
  const children: Node[] = [];
  content.forEach((child, offset) => {
    const end = offset + child.nodeSize;
    if (!child.isText || end <= from || offset >= to) {
      children.push(child);
      return;
    }
    const start = Math.max(from, offset) - offset;
    const stop = Math.min(to, end) - offset;
    if (start > 0) children.push(child.cut(0, start));
    children.push(child.cut(start, stop).mark(mark.addToSet(child.marks)));
    if (stop < child.nodeSize) children.push(child.cut(stop));
  });
  return Fragment.from(children);
}

function liftBlock(block: Node, typed: TypedNumber, style: NumberingStyle): Node {
  const schema = speechSchema;
  const level = typedNumberLevel(typed.kind, style);
  const rest = block.content.cut(typed.length);
  const text = inlineText(block).slice(typed.length);
  const sentenceEnd = SENTENCE_END.exec(text);
  const bodyAfterLead = sentenceEnd ? text.slice(sentenceEnd.index + 1).trim() : '';
  // A numbered line is a heading unless it is a point: a deeper level whose first sentence is closed
  // (with body text after it, or standing alone as a complete sentence).
  const isPoint = block.type.name === 'paragraph' && level > 1 && sentenceEnd !== null && (bodyAfterLead !== '' || sentenceEnd.index === text.trimEnd().length - 1);
  if (!isPoint) return schema.node('heading', { level }, rest);
  const leadEnd = (sentenceEnd?.index ?? 0) + 1;
  const plain = stripMarks(rest, schema.marks.lead);
  return schema.node('paragraph', { point: level }, addMarkInRange(plain, 0, leadEnd, schema.marks.lead.create()));
}

function stripMarks(content: Fragment, type: Mark['type']): Fragment {
  const children: Node[] = [];
  content.forEach((child) => children.push(child.isText ? child.mark(type.removeFromSet(child.marks)) : child));
  return Fragment.from(children);
}

/**
 * Lifts typed numbering in a sequence of blocks (a paste, an import) into headings and run-in points.
 * The numbering style is inferred from the prefixes unless given. Blocks without typed numbering, and
 * inline enumerations such as 一是……二是……, are left as they are.
 */
export function liftTypedNumbering(content: Fragment, style?: NumberingStyle): { content: Fragment; style: NumberingStyle } {
  const found = new Map<Node, TypedNumber>();
  content.forEach((block) => {
    if (block.type.name !== 'paragraph' && block.type.name !== 'heading') return;
    const typed = readTypedNumber(inlineText(block));
    if (typed) found.set(block, typed);
  });
  const effectiveStyle = style ?? inferNumberingStyle([...found.values()].map((typed) => typed.kind));
  const blocks: Node[] = [];
  content.forEach((block) => {
    const typed = found.get(block);
    blocks.push(typed ? liftBlock(block, typed, effectiveStyle) : block);
  });
  return { content: Fragment.from(blocks), style: effectiveStyle };
}
