import type { MarkSpec } from 'prosemirror-model';

export const strong: MarkSpec = {
  parseDOM: [
    { tag: 'strong' },
    // Google Docs wraps whole pastes in <b style="font-weight:normal">.
    { tag: 'b', getAttrs: (dom) => dom.style.fontWeight !== 'normal' && null },
    { style: 'font-weight=400', clearMark: (mark) => mark.type.name === 'strong' },
    { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
  ],
  toDOM: () => ['strong', 0],
};
