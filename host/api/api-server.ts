import Fastify, { type FastifyInstance } from 'fastify';
import { MAX_JSON_BODY_BYTES } from '../../common/api';
import { registerCheckRoutes } from '../checks/check-routes';
import type { SqliteDatabase } from '../db/database';
import { registerExportRoute } from '../export/export-route';
import { registerImportRoute } from '../import/import-route';
import type { IndicatorService } from '../indicators/indicator-service';
import { registerIndicatorRoutes } from '../indicators/indicator-routes';
import type { Library } from '../library/library';
import { registerTemplateRoutes } from '../templates/template-routes';
import type { TemplateService } from '../templates/template-service';
import type { VersionService } from '../versions/version-service';
import { registerVersionRoutes } from '../versions/version-routes';
import type { AccessResolver, Principal } from '../invitations/access';
import { scopeRefusal } from '../invitations/api-scope';
import type { InvitationService } from '../invitations/invitation-service';
import { registerInvitationRoutes } from '../invitations/invitation-routes';
import { ApiHttpError, sendApiError, toApiHttpError } from './api-error';
import { registerDocumentRoutes } from './document-routes';
import { isApiPath, registerStaticFiles } from './static-files';

export interface ApiServerOptions {
  library: Library;
  templates: TemplateService;
  indicators: IndicatorService;
  versions: VersionService;
  /** Exports read the stored speech, which holds every acknowledged update. */
  db: SqliteDatabase;
  invitations: InvitationService;
  /** Turns each request's bearer token into the owner or an invitation. */
  access: AccessResolver;
  version: string;
  staticDir: string;
  onError(error: unknown, context: string): void;
}

/** The host's HTTP side: the JSON API under /api (bearer token) and the renderer's files. */
export async function createApiServer({ library, templates, indicators, versions, db, invitations, access, version, staticDir, onError }: ApiServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: MAX_JSON_BODY_BYTES });
  app.decorateRequest('principal', null);

  // Only JSON bodies, parsed here so that a malformed one gets the contract's error; an empty one means "none".
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new ApiHttpError(400, 'bad_request', 'request body is not valid JSON'), undefined);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiPath(request.url)) return;
    reply.header('Cache-Control', 'no-store');
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
    const resolved = access.resolve(given);
    if (!resolved.ok) {
      reply.header('WWW-Authenticate', 'Bearer');
      return sendApiError(reply, new ApiHttpError(401, 'unauthorized', `bearer token refused: ${resolved.reason}`));
    }
    request.principal = resolved.principal;
    const refusal = scopeRefusal(resolved.principal, request.method, request.routeOptions.url, request.params);
    if (refusal !== null) return sendApiError(reply, new ApiHttpError(403, 'forbidden', refusal));
  });

  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiHttpError(error);
    if (apiError.statusCode >= 500) onError(error, `${request.method} ${request.url}`);
    return sendApiError(reply, apiError);
  });

  const pageFallback = await registerStaticFiles(app, staticDir);
  app.setNotFoundHandler((request, reply) => {
    if (isApiPath(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return sendApiError(reply, new ApiHttpError(404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
    }
    return pageFallback(request, reply);
  });

  registerDocumentRoutes(app, library, version);
  registerImportRoute(app, library);
  registerTemplateRoutes(app, templates, library);
  registerIndicatorRoutes(app, indicators);
  registerVersionRoutes(app, versions);
  registerCheckRoutes(app);
  registerExportRoute(app, db);
  registerInvitationRoutes(app, invitations);
  return app;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who the request acts for; set by the bearer check on every /api request. */
    principal: Principal | null;
  }
}
