import type { Node } from 'prosemirror-model';
import type { ImportResult } from '../api';
import { countDocumentCharacters } from '../characters';
import { numberBlocks } from '../numbering';
import type { NumberingStyle } from '../numbering-style';
import { placeholderAttrs } from '../schema';
import { speechTitle } from '../seed';

/** What an import reports about the speech it made, everything but the id the library gives it. */
export function summarizeImport(doc: Node, numberingStyle: NumberingStyle): Omit<ImportResult, 'id'> {
  const placeholders: ImportResult['placeholders'] = [];
  doc.descendants((node) => {
    if (node.type.name !== 'placeholder') return true;
    const { kind, key } = placeholderAttrs(node);
    placeholders.push({ kind, key });
    return false;
  });
  return {
    title: speechTitle(doc),
    numberingStyle,
    headings: numberBlocks(doc, numberingStyle).map(({ level, label, text }) => ({ level, number: label, text })),
    placeholders,
    characters: countDocumentCharacters(doc),
  };
}
