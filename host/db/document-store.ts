import type { DocumentSummary } from '../../common/api';
import { commentsDocumentName, parseCollabDocumentName } from '../../common/collab';
import { DEFAULT_NUMBERING_STYLE, NUMBERING_STYLES, type NumberingStyle } from '../../common/numbering-style';
import type { SqliteDatabase } from './database';
import { YjsStateTables, type StoredUpdate } from './yjs-state-tables';

export type { StoredUpdate };

interface DocumentRow {
  id: string;
  title: string;
  numbering_style: string;
  characters: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

/** What a document's Yjs state is made of on disk: the last snapshot and the updates appended after it. */
export interface StoredState {
  snapshot: Uint8Array | null;
  updates: StoredUpdate[];
}

/** An update of a collaboration document (its name as in common/collab.ts) waiting to be stored. */
export interface PendingUpdate {
  name: string;
  data: Uint8Array;
}

export interface NewDocument {
  id: string;
  title: string;
  numberingStyle: NumberingStyle;
  characters: number;
  /** The seeded Yjs state, stored as the first snapshot. */
  state: Uint8Array;
  /** The Yjs state of its comments (`<id>/comments`), when it starts with some (a duplicate). */
  comments?: Uint8Array;
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
 *
 * Methods about Yjs state take a collaboration document name (common/collab.ts): a speech's id for its text,
 * `<id>/comments` for its review comments. Both belong to the speech's row and go with it.
 */
export class DocumentStore {
  private lastTime = 0;
  private readonly statements;
  private readonly speechState: YjsStateTables;
  private readonly commentsState: YjsStateTables;

  constructor(private readonly db: SqliteDatabase) {
    this.speechState = new YjsStateTables(db, { updates: 'doc_updates', snapshots: 'doc_snapshots' });
    this.commentsState = new YjsStateTables(db, { updates: 'comment_updates', snapshots: 'comment_snapshots' });
    this.statements = {
      insertDocument: db.prepare(
        `INSERT INTO documents (id, title, numbering_style, characters, created_at, updated_at, deleted_at)
         VALUES (@id, @title, @numberingStyle, @characters, @now, @now, NULL)`,
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
      touchDocument: db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      updateMetadata: db.prepare(
        'UPDATE documents SET title = @title, numbering_style = @numberingStyle, characters = @characters WHERE id = @id',
      ),
      setDeletedAt: db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?'),
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
      this.speechState.writeSnapshot(document.id, document.state, 0, now);
      if (document.comments) this.commentsState.writeSnapshot(document.id, document.comments, 0, now);
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

  /** The speech a collaboration document belongs to, and the tables that hold that document. */
  private stateOf(name: string): { speechId: string; tables: YjsStateTables; isText: boolean } {
    const ref = parseCollabDocumentName(name);
    const isText = ref.kind === 'speech';
    return { speechId: ref.speechId, tables: isText ? this.speechState : this.commentsState, isText };
  }

  /**
   * Appends one Yjs update in one transaction; an update of a speech's text also marks the speech changed
   * (comments do not: the library orders by changes to the text). Returns the update's id.
   */
  appendUpdate(name: string, data: Uint8Array): number {
    return this.db.transaction(() => this.insertUpdate(name, data, this.now()))();
  }

  /**
   * Appends updates of any documents in one transaction, so one disk sync covers them all (the group commit of
   * host/collab/group-commit.ts). All are stored or, when it throws, none.
   */
  appendUpdates(updates: readonly PendingUpdate[]): void {
    const now = this.now();
    this.db.transaction(() => {
      for (const { name, data } of updates) this.insertUpdate(name, data, now);
    })();
  }

  private insertUpdate(name: string, data: Uint8Array, now: number): number {
    const { speechId, tables, isText } = this.stateOf(name);
    const id = tables.appendUpdate(speechId, data, now);
    if (isText) this.statements.touchDocument.run(now, speechId);
    return id;
  }

  loadState(name: string): StoredState {
    const { speechId, tables } = this.stateOf(name);
    return this.db.transaction(() => ({ snapshot: tables.snapshot(speechId), updates: tables.updates(speechId) }))();
  }

  countUpdates(name: string): number {
    const { speechId, tables } = this.stateOf(name);
    return tables.countUpdates(speechId);
  }

  /** Names of the collaboration documents that have updates not yet compacted. */
  documentsWithUpdates(): string[] {
    return [...this.speechState.documentsWithUpdates(), ...this.commentsState.documentsWithUpdates().map(commentsDocumentName)];
  }

  /**
   * Replaces the snapshot and the updates it was merged from by `merge(state)`, in one transaction: a crash
   * leaves either the old rows or the new snapshot. Returns false when there was nothing to merge.
   */
  compact(name: string, merge: (parts: Uint8Array[]) => Uint8Array): boolean {
    const { speechId, tables } = this.stateOf(name);
    return this.db.transaction(() => {
      const updates = tables.updates(speechId);
      const last = updates[updates.length - 1];
      if (!last || !this.statements.getDocument.get(speechId)) return false;
      const snapshot = tables.snapshot(speechId);
      const parts = [...(snapshot ? [snapshot] : []), ...updates.map((update) => update.data)];
      tables.writeSnapshot(speechId, merge(parts), last.id, this.now());
      tables.deleteUpdatesThrough(speechId, last.id);
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

  /** Deletes the document with its updates and snapshot, and its comments, for good. */
  purge(id: string): void {
    this.db.transaction(() => {
      this.speechState.deleteAll(id);
      this.commentsState.deleteAll(id);
      this.statements.deleteDocument.run(id);
    })();
  }

  requireSummary(id: string): DocumentSummary {
    const summary = this.getDocument(id);
    if (!summary) throw new Error(`document ${id} not found`);
    return summary;
  }
}
