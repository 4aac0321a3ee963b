import type { NodeSpec } from 'prosemirror-model';

/** The speech's title, e.g. 在全区领导干部会议上的讲话. Placeholders allowed (region, meeting). */
export const title: NodeSpec = {
  content: 'inline*',
  marks: '',
  defining: true,
  parseDOM: [{ tag: 'h1.speech-title', priority: 60 }],
  toDOM: () => ['h1', { class: 'speech-title' }, 0],
};
