import type { Node } from 'prosemirror-model';
import type { DocumentSummary, ImportResult } from '../../common/api';
import { summarizeImport } from '../../common/import/import-summary';
import { recognizeSpeech } from '../../common/import/recognize-speech';
import type { NumberingStyle } from '../../common/numbering-style';
import { readImportFile } from './read-import-file';

/** Whatever stores a new speech from a whole document: the host's library, or the CLI's store. */
export type CreateSpeech = (doc: Node, numberingStyle: NumberingStyle) => DocumentSummary;

/**
 * Imports a .txt or .docx as a new speech. Everything that can fail is done before the speech is created,
 * which is one step (one transaction), so a refused file leaves the library as it was.
 */
export async function importSpeech(filename: string, bytes: Uint8Array, create: CreateSpeech): Promise<ImportResult> {
  const paragraphs = await readImportFile(filename, bytes);
  const { doc, numberingStyle } = recognizeSpeech(paragraphs);
  const summary = create(doc, numberingStyle);
  return { id: summary.id, ...summarizeImport(doc, numberingStyle) };
}
