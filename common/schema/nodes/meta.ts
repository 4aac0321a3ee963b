import type { NodeSpec } from 'prosemirror-model';

/** The line under the title naming speaker and date, e.g. （张三同志，2020年10月9日）. */
export const meta: NodeSpec = {
  content: 'inline*',
  marks: '',
  defining: true,
  parseDOM: [{ tag: 'p.speech-meta', priority: 60 }],
  toDOM: () => ['p', { class: 'speech-meta' }, 0],
};
