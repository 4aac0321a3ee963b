import type Database from 'better-sqlite3';

interface Migration {
  version: number;
  up(db: Database.Database): void;
}

/**
 * The schema, as the ordered list of steps that build it. A released step is never edited: changes are new
 * steps. PRAGMA user_version records the last step applied. Timestamps are milliseconds since the epoch (UTC).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up(db) {
      db.exec(`
        CREATE TABLE documents (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          numbering_style TEXT NOT NULL,
          characters INTEGER NOT NULL DEFAULT 0,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          deleted_at INTEGER
        );
        CREATE INDEX documents_by_change ON documents (deleted_at, updated_at);

        CREATE TABLE doc_updates (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
          data BLOB NOT NULL,
          created_at INTEGER NOT NULL
        );
        CREATE INDEX doc_updates_by_doc ON doc_updates (doc_id, id);

        CREATE TABLE doc_snapshots (
          doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
          data BLOB NOT NULL,
          through_update_id INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    up(db) {
      // The indicator store (issue 4). Periods are keys from common/period.ts periodKey. History rows keep the
      // figures before and after as JSON, so that a change of columns later never rewrites old entries.
      db.exec(`
        CREATE TABLE indicators (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          unit TEXT NOT NULL,
          category TEXT NOT NULL DEFAULT '',
          description TEXT NOT NULL DEFAULT '',
          higher_is_better INTEGER NOT NULL DEFAULT 1,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        );

        CREATE TABLE observations (
          indicator_id TEXT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
          period TEXT NOT NULL,
          value REAL NOT NULL,
          rank INTEGER,
          rank_of INTEGER,
          target REAL,
          source TEXT,
          note TEXT,
          changed_by TEXT NOT NULL,
          changed_at INTEGER NOT NULL,
          PRIMARY KEY (indicator_id, period)
        );

        CREATE TABLE observation_history (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          indicator_id TEXT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
          period TEXT NOT NULL,
          old_figures TEXT,
          new_figures TEXT,
          changed_by TEXT NOT NULL,
          changed_at INTEGER NOT NULL
        );
        CREATE INDEX observation_history_by_indicator ON observation_history (indicator_id, id);
      `);
    },
  },
  {
    version: 3,
    up(db) {
      // Versions of a speech (common/versions.ts). doc_json is what the version reads as (for a frozen one, the
      // text with provenance marks); ystate is the speech's whole Yjs state at that moment, for compare and
      // restore. Purging a speech deletes its versions with it.
      db.exec(`
        CREATE TABLE versions (
          id TEXT PRIMARY KEY,
          doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'frozen')),
          created_by TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          characters INTEGER NOT NULL,
          unresolved INTEGER NOT NULL DEFAULT 0,
          doc_json TEXT NOT NULL,
          ystate BLOB NOT NULL
        );
        CREATE INDEX versions_by_doc ON versions (doc_id, created_at);
      `);
    },
  },
  {
    version: 4,
    up(db) {
      // Invitations (host/invitations/): a token opens one speech with a role. Only the token's SHA-256 is kept,
      // so a copy of the database opens nothing. Revoked rows stay, for the owner's list; purging the speech
      // deletes them.
      db.exec(`
        CREATE TABLE invitations (
          id TEXT PRIMARY KEY,
          doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
          role TEXT NOT NULL CHECK (role IN ('editor', 'commenter', 'viewer')),
          token_sha256 BLOB NOT NULL UNIQUE,
          created_at INTEGER NOT NULL,
          expires_at INTEGER,
          revoked_at INTEGER
        );
        CREATE INDEX invitations_by_doc ON invitations (doc_id, created_at);
      `);
    },
  },
  {
    version: 5,
    up(db) {
      // The review comments of a speech (its companion Yjs document `<id>/comments`, common/collab.ts), stored
      // like its text: a snapshot and the updates appended after it. Apart from the text's tables so that the
      // speech's rows and their "last changed" time are only about the text. Purging a speech deletes them.
      db.exec(`
        CREATE TABLE comment_updates (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
          data BLOB NOT NULL,
          created_at INTEGER NOT NULL
        );
        CREATE INDEX comment_updates_by_doc ON comment_updates (doc_id, id);

        CREATE TABLE comment_snapshots (
          doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
          data BLOB NOT NULL,
          through_update_id INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        );
      `);
    },
  },
  {
    version: 6,
    up(db) {
      // History for compare (issue 5). A version's snapshot is Y.encodeSnapshot of the speech's Y.Doc, which the
      // host keeps with its deleted content (gc off); versions made before have none. The author tables say who
      // wrote what: which user a Yjs client ID belongs to, and which deletions each user made (a Yjs update
      // holding only a delete set, merged as more arrive).
      db.exec(`
        ALTER TABLE versions ADD COLUMN snapshot BLOB;

        CREATE TABLE doc_author_clients (
          doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
          client_id INTEGER NOT NULL,
          name TEXT NOT NULL,
          color TEXT NOT NULL,
          PRIMARY KEY (doc_id, client_id)
        );

        CREATE TABLE doc_author_deletions (
          doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          color TEXT NOT NULL,
          deletions BLOB NOT NULL,
          PRIMARY KEY (doc_id, name, color)
        );
      `);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the steps the database has not seen yet, each with its version bump in one transaction. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > newest) {
    throw new Error(`database schema version ${current} is newer than this Speechdesk (${newest}); update Speechdesk`);
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
