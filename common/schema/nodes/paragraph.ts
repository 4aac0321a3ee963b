import type { NodeSpec } from 'prosemirror-model';
import { readIntAttribute } from '../dom-attributes';

/**
 * A body paragraph. With `point` > 0 it is a numbered run-in point on that numbering level: its number is
 * computed exactly like a heading's (see common/numbering.ts) and its first sentence carries the `lead`
 * mark ("1、提高政治站位，树立底线思维。" followed by the body in the same paragraph).
 */
export const paragraph: NodeSpec = {
  group: 'block',
  content: 'inline*',
  attrs: {
    point: {
      default: 0,
      validate: (value) => {
        if (value !== 0 && value !== 1 && value !== 2 && value !== 3 && value !== 4) throw new RangeError(`paragraph point ${String(value)} is not 0-4`);
      },
    },
  },
  parseDOM: [{ tag: 'p', getAttrs: (dom) => ({ point: readIntAttribute(dom, 'data-point', 0) }) }],
  toDOM: (node) => {
    const point = node.attrs.point as number;
    return point > 0 ? ['p', { class: 'speech-point', 'data-point': String(point) }, 0] : ['p', 0];
  },
};
