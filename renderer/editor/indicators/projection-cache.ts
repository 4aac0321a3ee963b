/**
 * The last indicator projection a host sent, kept in this browser's IndexedDB so that after a reload without
 * the host the chips show the last known figures instead of their fallback. A cache, never a source: the
 * host stays the only writer of the projection, and its live projection replaces this one once it arrives.
 * Stored as plain entries (indicator id → ProjectedIndicator JSON), not as Yjs updates: the host builds the
 * projection anew each time it loads it, so a stored Yjs history would merge with the new one instead of
 * giving way to it.
 */
export interface ProjectionCache {
  /** The stored entries, unchecked (the projection checks each one as it checks the host's); null when none. */
  load(): Promise<Record<string, unknown> | null>;
  save(entries: Record<string, unknown>): void;
}

export const PROJECTION_CACHE_DATABASE = 'speechdesk-indicator-projections';
const STORE = 'projections';

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const pending = make();
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(PROJECTION_CACHE_DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error(`cannot open ${PROJECTION_CACHE_DATABASE}`));
  });
}

async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await request(() => use(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/** The cache of one host's projection; `host` tells hosts apart (see localCopyPrefix). */
export function indexedDbProjectionCache(host: string): ProjectionCache {
  // Saves go one after another, so that the last projection received is the one kept; a load waits for the
  // saves queued before it, which IndexedDB alone would not order (a queued save has no transaction yet).
  let saving: Promise<unknown> = Promise.resolve();
  return {
    async load() {
      await saving;
      try {
        const stored: unknown = await withStore('readonly', (store) => store.get(host));
        return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : null;
      } catch {
        // No IndexedDB (a private window may refuse it): the chips wait for the host as before.
        return null;
      }
    },
    save(entries) {
      saving = saving.then(() => withStore('readwrite', (store) => store.put(entries, host))).catch(() => undefined);
    },
  };
}
