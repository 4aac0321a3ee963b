import type { NodeJson } from '../../common/api';
import { versionKindSchema, type Version, type VersionKind, type VersionSummary } from '../../common/versions';
import type { SqliteDatabase } from '../db/database';

interface VersionRow {
  id: string;
  doc_id: string;
  name: string;
  kind: string;
  created_by: string;
  created_at: number;
  characters: number;
  unresolved: number;
}

interface VersionContentRow extends VersionRow {
  doc_json: string;
  snapshot: Buffer | null;
}

export interface NewVersion {
  id: string;
  documentId: string;
  name: string;
  kind: VersionKind;
  createdBy: string;
  characters: number;
  unresolved: number;
  doc: NodeJson;
  /** The speech's Yjs state when the version was made, without deleted content. */
  ystate: Uint8Array;
  /** Y.encodeSnapshot of the speech's history document when the version was made. */
  snapshot: Uint8Array;
}

/** The newest version's time and snapshot, for deciding whether the speech changed since. */
export interface LatestVersion {
  createdAt: number;
  snapshot: Uint8Array | null;
}

const SUMMARY_COLUMNS = 'id, doc_id, name, kind, created_by, created_at, characters, unresolved';

function toSummary(row: VersionRow): VersionSummary {
  return {
    id: row.id,
    documentId: row.doc_id,
    name: row.name,
    // The table's CHECK admits only the contract's kinds; parsing keeps the type honest.
    kind: versionKindSchema.parse(row.kind),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    characters: row.characters,
    unresolved: row.unresolved,
  };
}

/** The versions table. Listing never reads the content columns, which hold whole speeches. */
export class VersionStore {
  private lastTime = 0;
  private readonly statements;

  /** `clock` gives milliseconds since the epoch; tests move it. */
  constructor(
    db: SqliteDatabase,
    private readonly clock: () => number = Date.now,
  ) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO versions (id, doc_id, name, kind, created_by, created_at, characters, unresolved, doc_json, ystate, snapshot)
         VALUES (@id, @documentId, @name, @kind, @createdBy, @createdAt, @characters, @unresolved, @docJson, @ystate, @snapshot)`,
      ),
      list: db.prepare<[string], VersionRow>(`SELECT ${SUMMARY_COLUMNS} FROM versions WHERE doc_id = ? ORDER BY created_at DESC, rowid DESC`),
      get: db.prepare<[string, string], VersionContentRow>(`SELECT ${SUMMARY_COLUMNS}, doc_json, snapshot FROM versions WHERE doc_id = ? AND id = ?`),
      ystate: db.prepare<[string, string], { ystate: Buffer }>('SELECT ystate FROM versions WHERE doc_id = ? AND id = ?'),
      latest: db.prepare<[string], { created_at: number; snapshot: Buffer | null }>(
        'SELECT created_at, snapshot FROM versions WHERE doc_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
      ),
      latestAuto: db.prepare<[string], { created_at: number }>(
        "SELECT created_at FROM versions WHERE doc_id = ? AND kind = 'auto' ORDER BY created_at DESC, rowid DESC LIMIT 1",
      ),
    };
  }

  /** Milliseconds, strictly increasing within the process, so that two versions made at once keep their order. */
  private now(): number {
    this.lastTime = Math.max(this.clock(), this.lastTime + 1);
    return this.lastTime;
  }

  insert({ doc, ystate, ...version }: NewVersion): VersionSummary {
    const createdAt = this.now();
    this.statements.insert.run({ ...version, createdAt, docJson: JSON.stringify(doc), ystate });
    return toSummary({
      id: version.id,
      doc_id: version.documentId,
      name: version.name,
      kind: version.kind,
      created_by: version.createdBy,
      created_at: createdAt,
      characters: version.characters,
      unresolved: version.unresolved,
    });
  }

  /** Newest first. */
  list(documentId: string): VersionSummary[] {
    return this.statements.list.all(documentId).map(toSummary);
  }

  get(documentId: string, versionId: string): Version | undefined {
    const row = this.statements.get.get(documentId, versionId);
    return row && { ...toSummary(row), doc: JSON.parse(row.doc_json) as NodeJson, snapshot: row.snapshot && row.snapshot.toString('base64') };
  }

  /** The speech's Yjs state when the version was made. */
  ystate(documentId: string, versionId: string): Uint8Array | undefined {
    return this.statements.ystate.get(documentId, versionId)?.ystate;
  }

  latest(documentId: string): LatestVersion | undefined {
    const row = this.statements.latest.get(documentId);
    return row && { createdAt: row.created_at, snapshot: row.snapshot };
  }

  /** When the speech's newest automatic version was made, if it has one. */
  latestAutoAt(documentId: string): number | undefined {
    return this.statements.latestAuto.get(documentId)?.created_at;
  }
}
