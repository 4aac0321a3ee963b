import { speechPlainText } from '../../common/export/plain-text';
import { readSpeechMetadata, speechToProseMirror } from '../collab/speech-ydoc';
import type { SqliteDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { IndicatorStore } from '../indicators/indicator-store';
import { speechResolutionContext } from './resolution-context';
import { loadStoredSpeech } from './stored-speech';

/** An export refused: the speech is unknown or its stored data cannot be read. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

/** A stored speech as plain text, its placeholders resolved against its variables and the store's figures. */
export function storedSpeechText(db: SqliteDatabase, id: string): string {
  const documents = new DocumentStore(db);
  const summary = documents.getDocument(id);
  if (!summary) throw new ExportError(`document ${id} not found`);
  let ydoc;
  try {
    ydoc = loadStoredSpeech(documents, id);
  } catch (error) {
    throw new ExportError(`stored data of document ${id} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const { numberingStyle } = readSpeechMetadata(ydoc, summary.numberingStyle);
    return speechPlainText(speechToProseMirror(ydoc), numberingStyle, speechResolutionContext(ydoc, new IndicatorStore(db)));
  } finally {
    ydoc.destroy();
  }
}
