import type { Node } from 'prosemirror-model';
import { toChineseNumeral } from './chinese-numerals';
import { isLevel, MAX_LEVEL, type Level, type NumberingStyle } from './numbering-style';

/** A heading or run-in point with the number its position gives it. */
export interface NumberedBlock {
  /** Position of the block in the document (before its opening token). */
  pos: number;
  level: Level;
  kind: 'heading' | 'point';
  /** 1-based position among the items of its level since the last item of a higher level. */
  ordinal: number;
  /** The number as printed, e.g. 一、 / 1、 / （一） / 1. / （1）. */
  label: string;
  text: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The printed number of the ordinal-th item on a level in a numbering style. */
export function formatNumber(style: NumberingStyle, level: Level, ordinal: number): string {
  if (level === 1) return `${toChineseNumeral(ordinal)}、`;
  if (style === 'speech') {
    if (level === 2) return `${ordinal}、`;
    if (level === 3) return `（${ordinal}）`;
    return CIRCLED[ordinal - 1] ?? `${ordinal})`;
  }
  if (level === 2) return `（${toChineseNumeral(ordinal)}）`;
  if (level === 3) return `${ordinal}.`;
  return `（${ordinal}）`;
}

/** The numbering level of a top-level block, or undefined for an unnumbered one. */
export function blockLevel(node: Node): Level | undefined {
  if (node.type.name === 'heading') return node.attrs.level as Level;
  const point: unknown = node.attrs.point;
  return node.type.name === 'paragraph' && isLevel(point) ? point : undefined;
}

/**
 * Numbers every heading and run-in point of a speech. A level's count restarts after any item of a
 * higher level, so inserting, deleting or moving a section renumbers everything after it. `text` reads a
 * block's text (the editor passes a per-block cache).
 */
export function numberBlocks(doc: Node, style: NumberingStyle, text: (block: Node) => string = (block) => block.textContent): NumberedBlock[] {
  const counters = new Array<number>(MAX_LEVEL).fill(0);
  const blocks: NumberedBlock[] = [];
  doc.forEach((node, pos) => {
    const level = blockLevel(node);
    if (level === undefined) return;
    const ordinal = (counters[level - 1] ?? 0) + 1;
    counters[level - 1] = ordinal;
    counters.fill(0, level);
    blocks.push({
      pos,
      level,
      kind: node.type.name === 'heading' ? 'heading' : 'point',
      ordinal,
      label: formatNumber(style, level, ordinal),
      text: text(node),
    });
  });
  return blocks;
}
