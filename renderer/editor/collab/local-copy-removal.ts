import { parseCollabDocumentName } from '../../../common/collab';
import { localCopyPrefix } from './local-copy';

/** The speech a local copy's database belongs to (its text's or its comments'); null for another database. */
export function speechOfLocalCopy(collabUrl: string, databaseName: string): string | null {
  const prefix = localCopyPrefix(collabUrl);
  if (!databaseName.startsWith(prefix)) return null;
  try {
    return parseCollabDocumentName(decodeURIComponent(databaseName.slice(prefix.length))).speechId;
  } catch {
    // A malformed escape: not a name this app writes; leave the database alone.
    return null;
  }
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const deleting = factory.deleteDatabase(name);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error ?? new Error(`cannot delete ${name}`));
    // Still open in another tab: the deletion goes through once that tab lets go; no need to wait for it.
    deleting.onblocked = () => resolve();
  });
}

/**
 * Deletes this browser's local copies (text and comments) of one host's speeches for which `remove` holds.
 * Returns the ids of the speeches whose copies went.
 */
export async function removeLocalCopies(collabUrl: string, remove: (speechId: string) => boolean, factory: IDBFactory = indexedDB): Promise<string[]> {
  const removed = new Set<string>();
  for (const { name } of await factory.databases()) {
    if (name === undefined) continue;
    const speechId = speechOfLocalCopy(collabUrl, name);
    if (speechId === null || !remove(speechId)) continue;
    await deleteDatabase(factory, name);
    removed.add(speechId);
  }
  return [...removed];
}
