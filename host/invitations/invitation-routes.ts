import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createInvitationRequestSchema, type CreatedInvitation, type Invitation, type InvitationListResponse } from '../../common/invitations';
import { parseInput } from '../api/api-error';
import type { InvitationService } from './invitation-service';

const idParams = z.object({ id: z.string().min(1) });

/** The origin the client reached the host at, so that the link works from where the owner stands. */
const requestOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/** The routes of common/invitations.ts, one to one; the bearer check lets only the owner reach them. */
export function registerInvitationRoutes(app: FastifyInstance, invitations: InvitationService): void {
  const id = (params: unknown) => parseInput(idParams, params, 'params').id;

  app.post('/api/documents/:id/invitations', async (request, reply): Promise<CreatedInvitation> => {
    const documentId = id(request.params);
    const body = parseInput(createInvitationRequestSchema, request.body, 'body');
    const created = invitations.create(documentId, body, requestOrigin(request));
    reply.code(201);
    return created;
  });

  app.get('/api/documents/:id/invitations', async (request): Promise<InvitationListResponse> => ({ invitations: invitations.list(id(request.params)) }));

  app.delete('/api/invitations/:id', async (request): Promise<Invitation> => invitations.revoke(id(request.params)));
}
