import { randomUUID } from 'node:crypto';
import type { Invitation, InvitationRole } from '../../common/invitations';
import type { SqliteDatabase } from '../db/database';
import { hashInvitationToken, newInvitationToken } from './invitation-token';

interface InvitationRow {
  id: string;
  doc_id: string;
  role: InvitationRole;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
}

/** An invitation as the host works with it: times in milliseconds since the epoch. */
export interface StoredInvitation {
  id: string;
  documentId: string;
  role: InvitationRole;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
}

const fromRow = (row: InvitationRow): StoredInvitation => ({
  id: row.id,
  documentId: row.doc_id,
  role: row.role,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

/** Whether the invitation opens anything at `now`. */
export function invitationValid(invitation: StoredInvitation, now: number): boolean {
  return invitation.revokedAt === null && (invitation.expiresAt === null || now < invitation.expiresAt);
}

/** The contract's view of a stored invitation at `now`. */
export function describeInvitation(invitation: StoredInvitation, now: number): Invitation {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    id: invitation.id,
    documentId: invitation.documentId,
    role: invitation.role,
    createdAt: new Date(invitation.createdAt).toISOString(),
    expiresAt: iso(invitation.expiresAt),
    revokedAt: iso(invitation.revokedAt),
    status: invitation.revokedAt !== null ? 'revoked' : invitationValid(invitation, now) ? 'active' : 'expired',
  };
}

/** The invitations table (migration 4). Tokens are returned once, on creation; only their SHA-256 is stored. */
export class InvitationStore {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO invitations (id, doc_id, role, token_sha256, created_at, expires_at, revoked_at)
         VALUES (@id, @documentId, @role, @hash, @createdAt, @expiresAt, NULL)`,
      ),
      get: db.prepare<[string], InvitationRow>('SELECT id, doc_id, role, created_at, expires_at, revoked_at FROM invitations WHERE id = ?'),
      byHash: db.prepare<[Buffer], InvitationRow>('SELECT id, doc_id, role, created_at, expires_at, revoked_at FROM invitations WHERE token_sha256 = ?'),
      list: db.prepare<[string], InvitationRow>(
        'SELECT id, doc_id, role, created_at, expires_at, revoked_at FROM invitations WHERE doc_id = ? ORDER BY created_at DESC, rowid DESC',
      ),
      revoke: db.prepare('UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    };
  }

  create(documentId: string, role: InvitationRole, createdAt: number, expiresAt: number | null): { invitation: StoredInvitation; token: string } {
    const token = newInvitationToken();
    const invitation: StoredInvitation = { id: randomUUID(), documentId, role, createdAt, expiresAt, revokedAt: null };
    this.statements.insert.run({ ...invitation, hash: hashInvitationToken(token) });
    return { invitation, token };
  }

  get(id: string): StoredInvitation | undefined {
    const row = this.statements.get.get(id);
    return row && fromRow(row);
  }

  /** The invitation a token belongs to, valid or not. */
  findByToken(token: string): StoredInvitation | undefined {
    const row = this.statements.byHash.get(hashInvitationToken(token));
    return row && fromRow(row);
  }

  list(documentId: string): StoredInvitation[] {
    return this.statements.list.all(documentId).map(fromRow);
  }

  /** Marks it revoked (once; a second revoke keeps the first time) and returns it. */
  revoke(id: string, now: number): StoredInvitation | undefined {
    this.statements.revoke.run(now, id);
    return this.get(id);
  }
}
