import type { Node } from 'prosemirror-model';
import { speechSchema } from './schema';

export const DEFAULT_SALUTATION = '同志们：';

/**
 * The content a new, empty speech starts with: its title, an empty meta line, the salutation and one
 * empty paragraph. The host seeds the Yjs document from this, so that two clients opening a new speech
 * at once never both insert it.
 */
export function newSpeechDoc(title: string): Node {
  const s = speechSchema;
  const text = (value: string) => (value ? [s.text(value)] : []);
  return s.node('doc', null, [
    s.node('title', null, text(title)),
    s.node('meta', null),
    s.node('salutation', null, text(DEFAULT_SALUTATION)),
    s.node('paragraph', null),
  ]);
}

/** The title of a speech as plain text. */
export function speechTitle(doc: Node): string {
  const first = doc.firstChild;
  return first && first.type === speechSchema.nodes.title ? first.textContent.trim() : '';
}
