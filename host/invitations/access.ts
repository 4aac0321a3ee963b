import type { AccessRole, InvitationRole } from '../../common/invitations';
import { tokensEqual } from '../token';
import type { InvitationStore } from './invitation-store';

/** Who a request or connection acts for. */
export type Principal =
  | { kind: 'owner' }
  | { kind: 'invitation'; invitationId: string; documentId: string; role: InvitationRole; expiresAt: number | null };

export type AccessResult = { ok: true; principal: Principal } | { ok: false; reason: string };

export const principalRole = (principal: Principal): AccessRole => (principal.kind === 'owner' ? 'owner' : principal.role);

/** Whether two principals are the same grant (the owner, or one invitation). */
export function samePrincipal(a: Principal, b: Principal): boolean {
  if (a.kind === 'owner' || b.kind === 'owner') return a.kind === b.kind;
  return a.invitationId === b.invitationId;
}

/**
 * Turns a bearer token into a principal: the host's admin token is the owner; any other token is looked up by
 * its SHA-256 among the invitations, and opens its speech only while neither revoked nor expired. Asked on
 * every request and every document a connection opens, so a revoked link stops working at once.
 */
export class AccessResolver {
  constructor(
    private readonly adminToken: string,
    private readonly invitations: InvitationStore,
    readonly now: () => number = Date.now,
  ) {}

  resolve(token: string | null | undefined): AccessResult {
    if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing or wrong token' };
    if (tokensEqual(token, this.adminToken)) return { ok: true, principal: { kind: 'owner' } };
    const invitation = this.invitations.findByToken(token);
    if (!invitation) return { ok: false, reason: 'missing or wrong token' };
    if (invitation.revokedAt !== null) return { ok: false, reason: 'this invitation was revoked' };
    if (invitation.expiresAt !== null && this.now() >= invitation.expiresAt) return { ok: false, reason: 'this invitation has expired' };
    const { id: invitationId, documentId, role, expiresAt } = invitation;
    return { ok: true, principal: { kind: 'invitation', invitationId, documentId, role, expiresAt } };
  }
}
