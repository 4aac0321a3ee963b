import { z } from 'zod';
import { documentSummarySchema, type DocumentSummary } from '../../common/api';

/**
 * The library's record of the speeches last opened in this browser, per host, so that a speech whose local
 * copy is here opens while the host is unreachable. Only what the speech screen needs to open; the text
 * itself is in the local copy (renderer/editor/collab/local-copy.ts).
 */
export const KNOWN_SUMMARIES_KEY = 'speechdesk.knownSpeeches';
/** Enough for the speeches one works on; the oldest is forgotten first. */
export const MAX_KNOWN_SUMMARIES = 50;

const storedSchema = z.array(z.object({ host: z.string(), summary: documentSummarySchema }));
type Stored = z.infer<typeof storedSchema>;

function read(storage: Pick<Storage, 'getItem'>): Stored {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(storage.getItem(KNOWN_SUMMARIES_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    // Not JSON: written by something else; the next write replaces it.
    return [];
  }
}

export function rememberSummary(storage: Pick<Storage, 'getItem' | 'setItem'>, host: string, summary: DocumentSummary): void {
  const others = read(storage).filter((entry) => entry.host !== host || entry.summary.id !== summary.id);
  const entries = [{ host, summary }, ...others].slice(0, MAX_KNOWN_SUMMARIES);
  try {
    storage.setItem(KNOWN_SUMMARIES_KEY, JSON.stringify(entries));
  } catch {
    // A full storage only costs opening this speech offline.
  }
}

export function knownSummary(storage: Pick<Storage, 'getItem'>, host: string, id: string): DocumentSummary | null {
  return read(storage).find((entry) => entry.host === host && entry.summary.id === id)?.summary ?? null;
}

/** Forgets the records of one host's speeches for which `remove` holds (deleted for good). */
export function forgetSummaries(storage: Pick<Storage, 'getItem' | 'setItem'>, host: string, remove: (id: string) => boolean): void {
  const entries = read(storage);
  const kept = entries.filter((entry) => entry.host !== host || !remove(entry.summary.id));
  if (kept.length === entries.length) return;
  try {
    storage.setItem(KNOWN_SUMMARIES_KEY, JSON.stringify(kept));
  } catch {
    // Cannot happen for a shorter list than the one stored; nothing is lost if it does.
  }
}
