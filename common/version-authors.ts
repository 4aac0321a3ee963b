/**
 * Authors in compare: the host's record of who wrote and deleted what (common/versions.ts VersionAuthor) as the
 * Y.PermanentUserData that y-prosemirror's snapshot rendering asks for each item. The user data lives in a doc
 * of its own, never in the speech: rendering only reads it.
 */
import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { AuthorIdentity, VersionAuthor } from './versions';

/** The user description Y.PermanentUserData keys an author by, and rendering hands back. */
export function authorKey(author: AuthorIdentity): string {
  return JSON.stringify([author.name, author.color]);
}

/** The author a key names; null for anything else (an unknown author renders as such). */
export function parseAuthorKey(key: unknown): AuthorIdentity | null {
  if (typeof key !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(key);
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') return { name: parsed[0], color: parsed[1] };
  } catch {
    return null;
  }
  return null;
}

/** The delete set of a Yjs update as an update of its own (mergeable with Y.mergeUpdates), or null if none. */
export function deletionsOf(update: Uint8Array): Uint8Array | null {
  // Diffing against a state vector that already has all of the update's items leaves only its delete set.
  const deletions = Y.diffUpdate(update, Y.encodeStateVector(Y.parseUpdateMeta(update).to));
  return Y.decodeUpdate(deletions).ds.clients.size > 0 ? deletions : null;
}

/**
 * Deletions (as from deletionsOf) in the encoding Y.PermanentUserData keeps: a V1 update is its structs (here a
 * zero count, one byte) followed by the delete set in exactly that encoding.
 */
export function permanentDeleteSet(deletions: Uint8Array): Uint8Array {
  return deletions.subarray(1);
}

export function permanentUserDataOf(authors: readonly VersionAuthor[]): Y.PermanentUserData {
  const doc = new Y.Doc();
  const users = doc.getMap<Y.Map<unknown>>('users');
  doc.transact(() => {
    for (const author of authors) {
      const user = new Y.Map<unknown>();
      user.set('ids', Y.Array.from(author.clientIds));
      user.set('ds', Y.Array.from(author.deletions === null ? [] : [fromBase64(author.deletions)]));
      users.set(authorKey(author), user);
    }
  });
  return new Y.PermanentUserData(doc, users);
}
