import { Schema } from 'prosemirror-model';
import { doc } from './nodes/doc';
import { title } from './nodes/title';
import { meta } from './nodes/meta';
import { salutation } from './nodes/salutation';
import { heading } from './nodes/heading';
import { paragraph } from './nodes/paragraph';
import { placeholder } from './nodes/placeholder';
import { text } from './nodes/text';
import { lead } from './marks/lead';
import { strong } from './marks/strong';
import { emphasis } from './marks/emphasis';
import { provenance } from './marks/provenance';

/** The one schema of a speech, used by the editor, the host (seeding, export) and tests alike. */
export const speechSchema = new Schema({
  // Order matters: the first block type (paragraph) is what Enter creates by default.
  nodes: { doc, paragraph, heading, title, meta, salutation, placeholder, text },
  marks: { lead, strong, emphasis, provenance },
});

export type SpeechSchema = typeof speechSchema;
export { placeholderAttrs, placeholderText, type PlaceholderAttrs } from './nodes/placeholder';
