import type { SqliteDatabase } from './database';

export interface StoredUpdate {
  id: number;
  data: Uint8Array;
}

/** The two tables that hold one kind of Yjs document (a speech's text, or its comments), by speech id. */
export interface YjsTableNames {
  updates: 'doc_updates' | 'comment_updates';
  snapshots: 'doc_snapshots' | 'comment_snapshots';
}

/**
 * The SQL of one kind of Yjs document: per speech, the last snapshot and the updates appended after it.
 * Statements only; the DocumentStore decides the transactions around them.
 */
export class YjsStateTables {
  private readonly statements;

  constructor(db: SqliteDatabase, { updates, snapshots }: YjsTableNames) {
    this.statements = {
      insertUpdate: db.prepare(`INSERT INTO ${updates} (doc_id, data, created_at) VALUES (?, ?, ?)`),
      getUpdates: db.prepare<[string], { id: number; data: Buffer }>(`SELECT id, data FROM ${updates} WHERE doc_id = ? ORDER BY id`),
      countUpdates: db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM ${updates} WHERE doc_id = ?`),
      deleteUpdatesThrough: db.prepare(`DELETE FROM ${updates} WHERE doc_id = ? AND id <= ?`),
      deleteUpdates: db.prepare(`DELETE FROM ${updates} WHERE doc_id = ?`),
      documentsWithUpdates: db.prepare<[], { doc_id: string }>(`SELECT DISTINCT doc_id FROM ${updates}`),
      writeSnapshot: db.prepare(
        `INSERT INTO ${snapshots} (doc_id, data, through_update_id, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, through_update_id = excluded.through_update_id, updated_at = excluded.updated_at`,
      ),
      getSnapshot: db.prepare<[string], { data: Buffer }>(`SELECT data FROM ${snapshots} WHERE doc_id = ?`),
      deleteSnapshot: db.prepare(`DELETE FROM ${snapshots} WHERE doc_id = ?`),
    };
  }

  /** Returns the new update's id. */
  appendUpdate(docId: string, data: Uint8Array, now: number): number {
    return Number(this.statements.insertUpdate.run(docId, data, now).lastInsertRowid);
  }

  snapshot(docId: string): Uint8Array | null {
    return this.statements.getSnapshot.get(docId)?.data ?? null;
  }

  updates(docId: string): StoredUpdate[] {
    return this.statements.getUpdates.all(docId);
  }

  countUpdates(docId: string): number {
    return this.statements.countUpdates.get(docId)?.n ?? 0;
  }

  documentsWithUpdates(): string[] {
    return this.statements.documentsWithUpdates.all().map((row) => row.doc_id);
  }

  writeSnapshot(docId: string, data: Uint8Array, throughUpdateId: number, now: number): void {
    this.statements.writeSnapshot.run(docId, data, throughUpdateId, now);
  }

  deleteUpdatesThrough(docId: string, updateId: number): void {
    this.statements.deleteUpdatesThrough.run(docId, updateId);
  }

  deleteAll(docId: string): void {
    this.statements.deleteUpdates.run(docId);
    this.statements.deleteSnapshot.run(docId);
  }
}
