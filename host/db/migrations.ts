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
