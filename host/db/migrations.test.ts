import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'speechdesk-db-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tables = (db: Database.Database) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all().map((row) => row.name);

describe('migrations', () => {
  it('creates the schema and records its version', () => {
    const db = openDatabase(tempDir());
    expect(tables(db)).toEqual(['comment_snapshots', 'comment_updates', 'doc_author_clients', 'doc_author_deletions', 'doc_snapshots', 'doc_updates', 'documents', 'indicators', 'invitations', 'observation_history', 'observations', 'versions']);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('is idempotent on reopen and keeps the data', () => {
    const dir = tempDir();
    const first = openDatabase(dir);
    first.prepare("INSERT INTO documents VALUES ('a', 't', 'speech', 0, 1, 1, NULL)").run();
    first.close();
    const second = openDatabase(dir);
    expect(second.prepare('SELECT id FROM documents').all()).toEqual([{ id: 'a' }]);
    second.close();
  });

  it('rolls a failing step back, version included', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, up: (d: Database.Database) => d.exec('CREATE TABLE one (x)') },
      { version: 2, up: (d: Database.Database) => d.exec('CREATE TABLE two (x); CREATE TABLE one (y)') },
    ];
    expect(() => migrate(db, steps)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['one']);
  });

  it('refuses a database written by a newer version', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this Speechdesk/);
  });
});
