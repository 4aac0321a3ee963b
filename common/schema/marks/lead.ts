import type { MarkSpec } from 'prosemirror-model';

/**
 * The run-in lead: the opening sentence of a numbered point, set in bold before the body in the same
 * paragraph. Not inclusive, so typing after the lead's full stop writes body text.
 */
export const lead: MarkSpec = {
  inclusive: false,
  excludes: 'lead strong',
  parseDOM: [{ tag: 'strong.speech-lead', priority: 60 }],
  toDOM: () => ['strong', { class: 'speech-lead' }, 0],
};
