/**
 * Typed client for a speech's invitations (common/invitations.ts), in the style of versions-client.ts. Only the
 * owner's share dialog uses it; the host refuses it to anyone else.
 */
import {
  createdInvitationSchema,
  invitationListResponseSchema,
  invitationRoutes,
  invitationSchema,
  type CreateInvitationRequest,
  type CreatedInvitation,
  type Invitation,
} from '../../common/invitations';
import type { HostConnection } from './host-connection';
import { createHostHttp, type Fetch } from './host-http';

export interface InvitationsClient {
  /** Newest first, revoked ones included. */
  list(documentId: string, options?: { signal?: AbortSignal }): Promise<Invitation[]>;
  /** A new link; its token is in the answer only. */
  create(documentId: string, request: CreateInvitationRequest): Promise<CreatedInvitation>;
  revoke(invitationId: string): Promise<Invitation>;
}

export function createInvitationsClient(connection: HostConnection, fetchImpl?: Fetch): InvitationsClient {
  const { json } = createHostHttp(connection, fetchImpl);
  return {
    list: async (documentId, { signal } = {}) => (await json(invitationListResponseSchema, invitationRoutes.invitations(documentId), { signal })).invitations,
    create: (documentId, request) => json(createdInvitationSchema, invitationRoutes.invitations(documentId), { method: 'POST', body: request }),
    revoke: (invitationId) => json(invitationSchema, invitationRoutes.invitation(invitationId), { method: 'DELETE' }),
  };
}
