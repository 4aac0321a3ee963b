import type { ApiClient } from '../host/api-client';
import { collabUrl, type HostConnection } from '../host/host-connection';
import { removeLocalCopies } from '../editor/collab/local-copy-removal';
import { forgetSummaries } from '../speech/known-summaries';

/** What this browser keeps of a host's speeches: the local copies in IndexedDB and the known summaries. */
export interface KeptLocally {
  indexedDB: IDBFactory;
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

const browser = (): KeptLocally => ({ indexedDB, localStorage });

/** Forgets what this browser keeps of the speeches for which `remove` holds. */
export async function forgetSpeeches(connection: HostConnection, remove: (id: string) => boolean, kept: KeptLocally = browser()): Promise<void> {
  forgetSummaries(kept.localStorage, connection.origin, remove);
  await removeLocalCopies(collabUrl(connection), remove, kept.indexedDB);
}

/**
 * Forgets what this browser keeps of the speeches the host no longer has, in its library or its trash: deleted
 * for good here, from another browser, or by the CLI. Only on the host's full answer: a speech missing from a
 * failed or partial list is not gone.
 */
export async function forgetDeletedSpeeches(api: ApiClient, connection: HostConnection, kept: KeptLocally = browser()): Promise<void> {
  const [library, trash] = await Promise.all([api.listDocuments(), api.listDocuments({ trash: true })]);
  const known = new Set([...library, ...trash].map((speech) => speech.id));
  await forgetSpeeches(connection, (id) => !known.has(id), kept);
}
