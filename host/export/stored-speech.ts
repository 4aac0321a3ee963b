import * as Y from 'yjs';
import type { DocumentStore } from '../db/document-store';

/**
 * A speech's Y.Doc as stored: its snapshot and the updates appended after it. For readers without a running
 * host (the CLI); every acknowledged edit is in these rows, so nothing typed is missing. Throws when a part
 * cannot be decoded, before applying any, as the host's loading does.
 */
export function loadStoredSpeech(store: DocumentStore, id: string): Y.Doc {
  const { snapshot, updates } = store.loadState(id);
  const parts = [...(snapshot ? [snapshot] : []), ...updates.map((update) => update.data)];
  for (const part of parts) Y.decodeUpdate(part);
  const ydoc = new Y.Doc();
  ydoc.transact(() => {
    for (const part of parts) Y.applyUpdate(ydoc, part);
  });
  return ydoc;
}
