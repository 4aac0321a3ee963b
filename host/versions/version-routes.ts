import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createVersionRequestSchema,
  restoreVersionRequestSchema,
  type HistoryResponse,
  type RestoreVersionResponse,
  type Version,
  type VersionListResponse,
  type VersionSummary,
} from '../../common/versions';
import { ApiHttpError, parseInput } from '../api/api-error';
import { requestActor } from '../indicators/indicator-routes';
import { VersionError, type VersionService } from './version-service';

const idParams = z.object({ id: z.string().min(1) });
const versionParams = z.object({ id: z.string().min(1), versionId: z.string().min(1) });

function asApiError(error: unknown): unknown {
  if (!(error instanceof VersionError)) return error;
  return new ApiHttpError(error.code === 'not_found' ? 404 : 409, error.code, error.message);
}

/** Runs a route's work, answering a refused version request with the contract's error. */
async function answer<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asApiError(error);
  }
}

/** The routes of common/versions.ts, one to one. */
export function registerVersionRoutes(app: FastifyInstance, versions: VersionService): void {
  const id = (params: unknown) => parseInput(idParams, params, 'params').id;
  const name = (body: unknown) => parseInput(createVersionRequestSchema, body, 'body').name;

  app.get('/api/documents/:id/versions', async (request): Promise<VersionListResponse> => answer(() => ({ versions: versions.list(id(request.params)) })));

  app.post('/api/documents/:id/versions', async (request, reply): Promise<VersionSummary> => {
    const summary = await answer(() => versions.createNamed(id(request.params), name(request.body), requestActor(request)));
    reply.code(201);
    return summary;
  });

  app.post('/api/documents/:id/freeze', async (request, reply): Promise<VersionSummary> => {
    const summary = await answer(() => versions.freeze(id(request.params), name(request.body), requestActor(request)));
    reply.code(201);
    return summary;
  });

  app.get('/api/documents/:id/versions/:versionId', async (request): Promise<Version> => {
    const params = parseInput(versionParams, request.params, 'params');
    return answer(() => versions.get(params.id, params.versionId));
  });

  app.post('/api/documents/:id/versions/:versionId/restore', async (request, reply): Promise<RestoreVersionResponse> => {
    const params = parseInput(versionParams, request.params, 'params');
    const { author } = parseInput(restoreVersionRequestSchema, request.body, 'body');
    const outcome = await answer(() => versions.restore(params.id, params.versionId, author));
    reply.code(201);
    return outcome;
  });

  app.get('/api/documents/:id/history', async (request): Promise<HistoryResponse> => answer(() => versions.history(id(request.params))));
}
