import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  COLLAB_PATH,
  createDocumentRequestSchema,
  listDocumentsQuerySchema,
  renameDocumentRequestSchema,
  type DocumentListResponse,
  type DocumentSummary,
  type SessionResponse,
} from '../../common/api';
import { principalRole } from '../invitations/access';
import type { Library } from '../library/library';
import { parseInput } from './api-error';

const idParams = z.object({ id: z.string().min(1) });

/** The routes of common/api.ts, one to one. */
export function registerDocumentRoutes(app: FastifyInstance, library: Library, version: string): void {
  const id = (params: unknown) => parseInput(idParams, params, 'params').id;

  app.get('/api/session', async (request): Promise<SessionResponse> => {
    const principal = request.principal ?? { kind: 'owner' };
    return { version, collabPath: COLLAB_PATH, role: principalRole(principal), speechId: principal.kind === 'owner' ? null : principal.documentId };
  });

  app.get('/api/documents', async (request): Promise<DocumentListResponse> => {
    const query = parseInput(listDocumentsQuerySchema, request.query, 'query');
    return { documents: library.list({ query: query.q ?? '', trash: query.trash === 'true' }) };
  });

  app.post('/api/documents', async (request, reply): Promise<DocumentSummary> => {
    const body = parseInput(createDocumentRequestSchema, request.body ?? {}, 'body');
    reply.code(201);
    return library.create(body);
  });

  app.get('/api/documents/:id', async (request): Promise<DocumentSummary> => library.get(id(request.params)));

  app.patch('/api/documents/:id', async (request): Promise<DocumentSummary> => {
    const documentId = id(request.params);
    const { title } = parseInput(renameDocumentRequestSchema, request.body, 'body');
    return library.rename(documentId, title);
  });

  app.post('/api/documents/:id/duplicate', async (request, reply): Promise<DocumentSummary> => {
    const copy = await library.duplicate(id(request.params));
    reply.code(201);
    return copy;
  });

  app.delete('/api/documents/:id', async (request): Promise<DocumentSummary> => library.trash(id(request.params)));

  app.post('/api/documents/:id/restore', async (request): Promise<DocumentSummary> => library.restore(id(request.params)));

  app.delete('/api/trash/:id', async (request, reply) => {
    library.purge(id(request.params));
    return reply.code(204).send();
  });
}
