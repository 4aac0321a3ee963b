import type { MarkSpec } from 'prosemirror-model';

export const emphasis: MarkSpec = {
  parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }, { style: 'font-style=normal', clearMark: (mark) => mark.type.name === 'emphasis' }],
  toDOM: () => ['em', 0],
};
