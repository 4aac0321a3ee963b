import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { numberingStyleSchema } from '../../common/api';
import { countDocumentCharacters } from '../../common/characters';
import { PROSEMIRROR_FRAGMENT, SETTING_NUMBERING_STYLE, SETTINGS_MAP } from '../../common/collab';
import { blockDisplayText, type VariableValues } from '../../common/placeholder-display';
import type { NumberingStyle } from '../../common/numbering-style';
import { speechSchema } from '../../common/schema';
import { newSpeechDoc } from '../../common/seed';
import { VARIABLES_MAP } from '../../common/variables';
import type { DocumentMetadata } from '../db/document-store';

/** How the host reads and writes a speech's Y.Doc: the fragment the editor binds to and the settings map. */

export const speechFragment = (ydoc: Y.Doc): Y.XmlFragment => ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT);
export const speechSettings = (ydoc: Y.Doc): Y.Map<unknown> => ydoc.getMap(SETTINGS_MAP);
export const speechVariables = (ydoc: Y.Doc): Y.Map<unknown> => ydoc.getMap(VARIABLES_MAP);

/** The document variables that have a text value (anything else in the map is ignored). */
export function readSpeechVariables(ydoc: Y.Doc): VariableValues {
  const values: Record<string, string> = {};
  speechVariables(ydoc).forEach((value, key) => {
    if (typeof value === 'string') values[key] = value;
  });
  return values;
}

/**
 * The Yjs state of a new speech with this content, numbering style and variables — built on the host so that
 * no client ever seeds a speech (see docs/design.md).
 */
export function speechState(doc: Node, numberingStyle: NumberingStyle, variables: VariableValues = {}): Uint8Array {
  const ydoc = new Y.Doc();
  ydoc.transact(() => {
    prosemirrorToYXmlFragment(doc, speechFragment(ydoc));
    speechSettings(ydoc).set(SETTING_NUMBERING_STYLE, numberingStyle);
    for (const [key, value] of Object.entries(variables)) speechVariables(ydoc).set(key, value);
  });
  const state = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return state;
}

/** The Yjs state of a new, empty speech. */
export function seedSpeechState(title: string, numberingStyle: NumberingStyle): Uint8Array {
  return speechState(newSpeechDoc(title), numberingStyle);
}

export function speechToProseMirror(ydoc: Y.Doc): Node {
  return yXmlFragmentToProseMirrorRootNode(speechFragment(ydoc), speechSchema);
}

/** The library's view of a speech; a missing or unknown numbering style keeps `fallbackStyle`. */
export function readSpeechMetadata(ydoc: Y.Doc, fallbackStyle: NumberingStyle): DocumentMetadata {
  const doc = speechToProseMirror(ydoc);
  const style = numberingStyleSchema.safeParse(speechSettings(ydoc).get(SETTING_NUMBERING_STYLE));
  // The library lists titles as they read: variable chips (在{{meeting}}上的讲话) by their values.
  const first = doc.firstChild;
  return {
    title: first && first.type === speechSchema.nodes.title ? blockDisplayText(first, readSpeechVariables(ydoc)).trim() : '',
    characters: countDocumentCharacters(doc),
    numberingStyle: style.success ? style.data : fallbackStyle,
  };
}

/**
 * Rewrites the title element's content, as an editor would, so that open editors see the new title.
 * A speech whose first element is not a title (it should not happen: the schema requires one) gets one.
 */
export function writeSpeechTitle(ydoc: Y.Doc, title: string): void {
  const fragment = speechFragment(ydoc);
  ydoc.transact(() => {
    let element = fragment.get(0);
    if (!(element instanceof Y.XmlElement) || element.nodeName !== speechSchema.nodes.title.name) {
      element = new Y.XmlElement(speechSchema.nodes.title.name);
      fragment.insert(0, [element]);
    }
    const titleElement = element as Y.XmlElement;
    titleElement.delete(0, titleElement.length);
    titleElement.insert(0, [new Y.XmlText(title)]);
  });
}
