import type { NodeSpec } from 'prosemirror-model';

/** A speech: title, meta line, salutation, then the body of headings and paragraphs. */
export const doc: NodeSpec = {
  content: 'title meta salutation block+',
};
