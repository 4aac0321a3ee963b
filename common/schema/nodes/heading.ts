import type { NodeSpec } from 'prosemirror-model';
import { isLevel, type Level } from '../../numbering-style';
import { readIntAttribute } from '../dom-attributes';

/**
 * A numbered section heading. Its number (一、 / 1、 / （一） …) is computed from its position and the
 * speech's numbering style, never stored as text: see common/numbering.ts.
 * Level 1 is a deployment part; deeper levels are sub-sections.
 */
export const heading: NodeSpec = {
  group: 'block',
  content: 'inline*',
  attrs: { level: { default: 1, validate: (value) => { if (!isLevel(value)) throw new RangeError(`heading level ${String(value)} is not 1-4`); } } },
  defining: true,
  parseDOM: [
    { tag: 'h2', getAttrs: (dom) => ({ level: readIntAttribute(dom, 'data-level', 1) }) },
    { tag: 'h3', getAttrs: (dom) => ({ level: readIntAttribute(dom, 'data-level', 2) }) },
    { tag: 'h4', getAttrs: (dom) => ({ level: readIntAttribute(dom, 'data-level', 3) }) },
    { tag: 'h5', getAttrs: (dom) => ({ level: readIntAttribute(dom, 'data-level', 4) }) },
    { tag: 'h6', attrs: { level: 4 } },
    // Outside the speech's own markup an <h1> is a section, not the speech's title.
    { tag: 'h1', attrs: { level: 1 } },
  ],
  toDOM: (node) => {
    const level = node.attrs.level as Level;
    return [`h${level + 1}`, { class: 'speech-heading', 'data-level': String(level) }, 0];
  },
};
