import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type SqliteDatabase = Database.Database;

export const DATABASE_FILE = 'speechdesk.db';

/**
 * Opens (creating if needed) the host's database in `dataDir` and brings its schema up to date.
 * WAL lets readers run beside the single writer; synchronous=FULL makes every commit survive a power loss,
 * because an acknowledged Yjs update must already be on disk (see docs/design.md, Durability).
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
