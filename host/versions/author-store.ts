import * as Y from 'yjs';
import { deletionsOf, permanentDeleteSet } from '../../common/version-authors';
import type { AuthorIdentity, VersionAuthor } from '../../common/versions';
import type { SqliteDatabase } from '../db/database';

/** What a user did to a speech's Y.Doc: the client IDs their items carry and the deletions they made. */
export interface StoredAuthor extends AuthorIdentity {
  clientIds: number[];
  /** A Yjs update holding only a delete set; null when they deleted nothing. */
  deletions: Uint8Array | null;
}

/** How long attributions wait to be written together: typing would otherwise cost a second disk sync a key. */
export const AUTHOR_WRITE_DELAY_MS = 1000;

interface Attribution {
  docId: string;
  author: AuthorIdentity;
  update: Uint8Array;
}

/**
 * Who wrote and who deleted what in a speech, for compare. Kept beside the speech rather than in its Y.Doc (as
 * Y.PermanentUserData would), so that attributing an edit never writes to the speech itself — a reader's
 * connection stays read-only, and history holds only the writers' own changes.
 * Attributions are not part of the acknowledgement guarantee: they are written in one transaction a moment
 * later, before any read, and on close. A crash loses at most that moment's authors (the text is kept, and
 * compare then shows it by an unknown author).
 */
export class AuthorStore {
  private readonly statements;
  private pending: Attribution[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly onError: (error: unknown) => void,
    private readonly delayMs = AUTHOR_WRITE_DELAY_MS,
  ) {
    this.statements = {
      upsertClient: db.prepare(
        `INSERT INTO doc_author_clients (doc_id, client_id, name, color) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id, client_id) DO UPDATE SET name = excluded.name, color = excluded.color`,
      ),
      getDeletions: db.prepare<[string, string, string], { deletions: Buffer }>('SELECT deletions FROM doc_author_deletions WHERE doc_id = ? AND name = ? AND color = ?'),
      upsertDeletions: db.prepare(
        `INSERT INTO doc_author_deletions (doc_id, name, color, deletions) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id, name, color) DO UPDATE SET deletions = excluded.deletions`,
      ),
      clients: db.prepare<[string], { client_id: number; name: string; color: string }>('SELECT client_id, name, color FROM doc_author_clients WHERE doc_id = ? ORDER BY rowid'),
      deletions: db.prepare<[string], { name: string; color: string; deletions: Buffer }>('SELECT name, color, deletions FROM doc_author_deletions WHERE doc_id = ? ORDER BY rowid'),
    };
  }

  /**
   * Attributes an update of the speech to `author`: the items it adds are theirs (by client ID), and so are the
   * deletions in its delete set.
   */
  record(docId: string, author: AuthorIdentity, update: Uint8Array): void {
    this.pending.push({ docId, author, update });
    this.timer ??= setTimeout(() => {
      try {
        this.flush();
      } catch (error) {
        this.onError(error);
      }
    }, this.delayMs);
  }

  /** Writes the attributions waiting, in one transaction. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const pending = this.pending;
    this.pending = [];
    if (pending.length === 0) return;
    this.db.transaction(() => {
      for (const { docId, author, update } of pending) this.write(docId, author, update);
    })();
  }

  private write(docId: string, author: AuthorIdentity, update: Uint8Array): void {
    for (const clientId of Y.parseUpdateMeta(update).from.keys()) this.statements.upsertClient.run(docId, clientId, author.name, author.color);
    const deletions = deletionsOf(update);
    if (!deletions) return;
    const stored = this.statements.getDeletions.get(docId, author.name, author.color);
    const merged = stored ? Y.mergeUpdates([stored.deletions, deletions]) : deletions;
    this.statements.upsertDeletions.run(docId, author.name, author.color, merged);
  }

  /** Every author of the speech, in the order they first appeared. */
  list(docId: string): StoredAuthor[] {
    this.flush();
    const authors = new Map<string, StoredAuthor>();
    const authorOf = (identity: AuthorIdentity): StoredAuthor => {
      const key = `${identity.name}\u0000${identity.color}`;
      let author = authors.get(key);
      if (!author) {
        author = { name: identity.name, color: identity.color, clientIds: [], deletions: null };
        authors.set(key, author);
      }
      return author;
    };
    for (const row of this.statements.clients.all(docId)) authorOf(row).clientIds.push(row.client_id);
    for (const row of this.statements.deletions.all(docId)) authorOf(row).deletions = row.deletions;
    return [...authors.values()];
  }
}

/** The JSON form of an author for the history route: the delete set as Y.PermanentUserData stores one. */
export function authorJson(author: StoredAuthor): VersionAuthor {
  return {
    name: author.name,
    color: author.color,
    clientIds: author.clientIds,
    deletions: author.deletions ? Buffer.from(permanentDeleteSet(author.deletions)).toString('base64') : null,
  };
}
