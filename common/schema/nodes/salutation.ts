import type { NodeSpec } from 'prosemirror-model';

/** The form of address on its own line, usually 同志们：. */
export const salutation: NodeSpec = {
  content: 'inline*',
  marks: '',
  defining: true,
  parseDOM: [{ tag: 'p.speech-salutation', priority: 60 }],
  toDOM: () => ['p', { class: 'speech-salutation' }, 0],
};
