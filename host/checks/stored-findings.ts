import { dismissedKeys, visibleFindings } from '../../common/checks/dismissal';
import type { Finding } from '../../common/checks/finding';
import type { Formulation } from '../../common/checks/formulation-list';
import { runChecks } from '../../common/checks/run-checks';
import { speechSettings, speechToProseMirror } from '../collab/speech-ydoc';
import type { SqliteDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { speechResolutionContext } from '../export/resolution-context';
import { loadStoredSpeech } from '../export/stored-speech';
import { IndicatorStore } from '../indicators/indicator-store';

/** Checking refused: the speech is unknown or its stored data cannot be read. */
export class CheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckError';
  }
}

/** The findings of a stored speech that nobody has dismissed, in document order. */
export function storedSpeechFindings(db: SqliteDatabase, id: string, formulations: readonly Formulation[]): Finding[] {
  const documents = new DocumentStore(db);
  if (!documents.getDocument(id)) throw new CheckError(`document ${id} not found`);
  let ydoc;
  try {
    ydoc = loadStoredSpeech(documents, id);
  } catch (error) {
    throw new CheckError(`stored data of document ${id} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const findings = runChecks({ doc: speechToProseMirror(ydoc), context: speechResolutionContext(ydoc, new IndicatorStore(db)), formulations });
    return visibleFindings(findings, dismissedKeys(speechSettings(ydoc)));
  } finally {
    ydoc.destroy();
  }
}
