import type { Node } from 'prosemirror-model';
import type { UnresolvedPlaceholder } from '../../common/export/export-blocks';
import { speechLayout, type SpeechLayout } from '../../common/export/layout-settings';
import type { NumberingStyle } from '../../common/numbering-style';
import type { ResolutionContext } from '../../common/placeholder-resolve';
import { readSpeechMetadata, speechSettings, speechToProseMirror } from '../collab/speech-ydoc';
import type { SqliteDatabase } from '../db/database';
import { DocumentStore } from '../db/document-store';
import { IndicatorStore } from '../indicators/indicator-store';
import { speechResolutionContext } from './resolution-context';
import { loadStoredSpeech } from './stored-speech';

/**
 * An export refused: the speech is unknown, its stored data cannot be read, or (`unresolved` not empty) it still
 * has placeholders without a value and the caller did not allow exporting them as they are.
 */
export class ExportError extends Error {
  constructor(
    /** no_browser: a PDF needs a local Chromium and none was found. */
    readonly reason: 'not_found' | 'unreadable' | 'unresolved' | 'no_browser',
    message: string,
    readonly unresolved: readonly UnresolvedPlaceholder[] = [],
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** What every export of a stored speech starts from. */
export interface StoredSpeechContent {
  title: string;
  doc: Node;
  numberingStyle: NumberingStyle;
  context: ResolutionContext;
  /** The speech's own layout (its settings over the GB/T 9704 defaults) and the stored values it could not use. */
  layout: SpeechLayout;
}

/** A stored speech with what its placeholders resolve against: its variables and the store's figures. */
export function readStoredSpeech(db: SqliteDatabase, id: string): StoredSpeechContent {
  const documents = new DocumentStore(db);
  const summary = documents.getDocument(id);
  if (!summary) throw new ExportError('not_found', `document ${id} not found`);
  let ydoc;
  try {
    ydoc = loadStoredSpeech(documents, id);
  } catch (error) {
    throw new ExportError('unreadable', `stored data of document ${id} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const { title, numberingStyle } = readSpeechMetadata(ydoc, summary.numberingStyle);
    return { title, doc: speechToProseMirror(ydoc), numberingStyle, context: speechResolutionContext(ydoc, new IndicatorStore(db)), layout: speechLayout(speechSettings(ydoc)) };
  } finally {
    ydoc.destroy();
  }
}
