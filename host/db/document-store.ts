import type { DocumentSummary } from '../../common/api';
import { DEFAULT_NUMBERING_STYLE, NUMBERING_STYLES, type NumberingStyle } from '../../common/numbering-style';
import type { SqliteDatabase } from './database';

interface DocumentRow {
  id: string;
  title: string;
  numbering_style: string;
  characters: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export interface StoredUpdate {
  id: number;
  data: Uint8Array;
}

/** What a document's Yjs state is made of on disk: the last snapshot and the updates appended after it. */
export interface StoredState {
  snapshot: Uint8Array | null;
  updates: StoredUpdate[];
}

export interface NewDocument {
  id: string;
  title: string;
  numberingStyle: NumberingStyle;
  characters: number;
  /** The seeded Yjs state, stored as the first snapshot. */
  state: Uint8Array;
}

export interface DocumentMetadata {
  title: string;
  numberingStyle: NumberingStyle;
  characters: number;
}

export interface ListOptions {
  query?: string;
  trash?: boolean;
}

function toSummary(row: DocumentRow): DocumentSummary {
  const style = (NUMBERING_STYLES as readonly string[]).includes(row.numbering_style)
    ? (row.numbering_style as NumberingStyle)
    : DEFAULT_NUMBERING_STYLE;
  return {
    id: row.id,
    title: row.title,
    numberingStyle: style,
    characters: row.characters,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    deletedAt: row.deleted_at === null ? null : new Date(row.deleted_at).toISOString(),
  };
}

/**
 * All SQL of the host, as prepared statements over one connection. Every method is synchronous, so a caller
 * inside a Y.Doc 'update' event has committed when the method returns.
 */
export class DocumentStore {
  private lastTime = 0;
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      insertDocument: db.prepare(
        `INSERT INTO documents (id, title, numbering_style, characters, created_at, updated_at, deleted_at)
         VALUES (@id, @title, @numberingStyle, @characters, @now, @now, NULL)`,
      ),
      insertSnapshot: db.prepare(
        `INSERT INTO doc_snapshots (doc_id, data, through_update_id, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, through_update_id = excluded.through_update_id, updated_at = excluded.updated_at`,
      ),
      getDocument: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
      listLibrary: db.prepare<[string], DocumentRow>(
        `SELECT * FROM documents WHERE deleted_at IS NULL AND instr(lower(title), lower(?)) > 0
         ORDER BY updated_at DESC, rowid DESC`,
      ),
      listTrash: db.prepare<[string], DocumentRow>(
        `SELECT * FROM documents WHERE deleted_at IS NOT NULL AND instr(lower(title), lower(?)) > 0
         ORDER BY deleted_at DESC, rowid DESC`,
      ),
      insertUpdate: db.prepare('INSERT INTO doc_updates (doc_id, data, created_at) VALUES (?, ?, ?)'),
      touchDocument: db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      getSnapshot: db.prepare<[string], { data: Buffer; through_update_id: number }>(
        'SELECT data, through_update_id FROM doc_snapshots WHERE doc_id = ?',
      ),
      getUpdates: db.prepare<[string], { id: number; data: Buffer }>('SELECT id, data FROM doc_updates WHERE doc_id = ? ORDER BY id'),
      countUpdates: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM doc_updates WHERE doc_id = ?'),
      deleteUpdatesThrough: db.prepare('DELETE FROM doc_updates WHERE doc_id = ? AND id <= ?'),
      documentsWithUpdates: db.prepare<[], { doc_id: string }>('SELECT DISTINCT doc_id FROM doc_updates'),
      updateMetadata: db.prepare(
        'UPDATE documents SET title = @title, numbering_style = @numberingStyle, characters = @characters WHERE id = @id',
      ),
      setDeletedAt: db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?'),
      deleteUpdates: db.prepare('DELETE FROM doc_updates WHERE doc_id = ?'),
      deleteSnapshot: db.prepare('DELETE FROM doc_snapshots WHERE doc_id = ?'),
      deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    };
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  /** Milliseconds, strictly increasing within the process, so that "newest change first" is a total order. */
  private now(): number {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  createDocument(document: NewDocument): DocumentSummary {
    const now = this.now();
    this.db.transaction(() => {
      this.statements.insertDocument.run({ ...document, now });
      this.statements.insertSnapshot.run(document.id, document.state, 0, now);
    })();
    return this.requireSummary(document.id);
  }

  getDocument(id: string): DocumentSummary | undefined {
    const row = this.statements.getDocument.get(id);
    return row && toSummary(row);
  }

  listDocuments({ query = '', trash = false }: ListOptions = {}): DocumentSummary[] {
    return (trash ? this.statements.listTrash : this.statements.listLibrary).all(query).map(toSummary);
  }

  /** Appends one Yjs update and marks the document changed, in one transaction. Returns the update's id. */
  appendUpdate(docId: string, data: Uint8Array): number {
    const now = this.now();
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.statements.insertUpdate.run(docId, data, now);
      this.statements.touchDocument.run(now, docId);
      return Number(lastInsertRowid);
    })();
  }

  loadState(docId: string): StoredState {
    return this.db.transaction(() => {
      const snapshot = this.statements.getSnapshot.get(docId);
      const updates = this.statements.getUpdates.all(docId);
      return { snapshot: snapshot ? snapshot.data : null, updates };
    })();
  }

  countUpdates(docId: string): number {
    return this.statements.countUpdates.get(docId)?.n ?? 0;
  }

  documentsWithUpdates(): string[] {
    return this.statements.documentsWithUpdates.all().map((row) => row.doc_id);
  }

  /**
   * Replaces the snapshot and the updates it was merged from by `merge(state)`, in one transaction: a crash
   * leaves either the old rows or the new snapshot. Returns false when there was nothing to merge.
   */
  compact(docId: string, merge: (parts: Uint8Array[]) => Uint8Array): boolean {
    return this.db.transaction(() => {
      const updates = this.statements.getUpdates.all(docId);
      const last = updates[updates.length - 1];
      if (!last || !this.statements.getDocument.get(docId)) return false;
      const snapshot = this.statements.getSnapshot.get(docId);
      const parts = [...(snapshot ? [snapshot.data] : []), ...updates.map((update) => update.data)];
      this.statements.insertSnapshot.run(docId, merge(parts), last.id, this.now());
      this.statements.deleteUpdatesThrough.run(docId, last.id);
      return true;
    })();
  }

  updateMetadata(id: string, metadata: DocumentMetadata): void {
    this.statements.updateMetadata.run({ id, ...metadata });
  }

  moveToTrash(id: string): void {
    this.statements.setDeletedAt.run(this.now(), id);
  }

  restore(id: string): void {
    this.statements.setDeletedAt.run(null, id);
  }

  /** Deletes the document with its updates and snapshot for good. */
  purge(id: string): void {
    this.db.transaction(() => {
      this.statements.deleteUpdates.run(id);
      this.statements.deleteSnapshot.run(id);
      this.statements.deleteDocument.run(id);
    })();
  }

  requireSummary(id: string): DocumentSummary {
    const summary = this.getDocument(id);
    if (!summary) throw new Error(`document ${id} not found`);
    return summary;
  }
}
