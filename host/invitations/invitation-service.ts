import { invitationLink, type CreateInvitationRequest, type CreatedInvitation, type Invitation, type InvitationRole } from '../../common/invitations';
import type { DocumentStore } from '../db/document-store';
import { LibraryError } from '../library/library';
import { describeInvitation, type InvitationStore } from './invitation-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Told when an invitation stops working, to end its open connections. */
export type AccessEnded = (invitationId: string, reason: string) => void;

/** The owner's invitation operations; shared by the API and the CLI. */
export class InvitationService {
  constructor(
    private readonly documents: DocumentStore,
    private readonly invitations: InvitationStore,
    private readonly now: () => number = Date.now,
    private readonly onAccessEnded: AccessEnded = () => undefined,
  ) {}

  /** A new invitation to a speech in the library (not the trash); `origin` makes its link. */
  create(documentId: string, request: CreateInvitationRequest, origin: string): CreatedInvitation {
    const days = request.expiresInDays ?? null;
    return this.createFor(documentId, request.role, days === null ? null : days * DAY_MS, origin);
  }

  /** Like create, with the lifetime in milliseconds (the CLI takes hours too). */
  createFor(documentId: string, role: InvitationRole, lifetimeMs: number | null, origin: string): CreatedInvitation {
    const document = this.documents.getDocument(documentId);
    if (!document) throw new LibraryError('not_found', `no speech with id ${documentId}`);
    if (document.deletedAt !== null) throw new LibraryError('conflict', `speech ${documentId} is in the trash; restore it before inviting anyone`);
    const now = this.now();
    const { invitation, token } = this.invitations.create(documentId, role, now, lifetimeMs === null ? null : now + lifetimeMs);
    return { invitation: describeInvitation(invitation, now), token, url: invitationLink(origin, documentId, token) };
  }

  list(documentId: string): Invitation[] {
    if (!this.documents.getDocument(documentId)) throw new LibraryError('not_found', `no speech with id ${documentId}`);
    const now = this.now();
    return this.invitations.list(documentId).map((invitation) => describeInvitation(invitation, now));
  }

  /** Revokes it and ends its open connections; revoking twice is harmless. */
  revoke(invitationId: string): Invitation {
    const now = this.now();
    const revoked = this.invitations.revoke(invitationId, now);
    if (!revoked) throw new LibraryError('not_found', `no invitation with id ${invitationId}`);
    this.onAccessEnded(invitationId, 'invitation revoked');
    return describeInvitation(revoked, now);
  }
}
