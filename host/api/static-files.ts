import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The renderer runs only its own scripts and talks only to this host. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const RENDERER_MISSING_MESSAGE = 'renderer not built: run npm run build';

export const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/** The renderer's service worker (scripts/shell-worker-plugin.ts), at the root so that its scope is the app. */
export const SERVICE_WORKER_PATH = '/sw.js';

/**
 * Serves the built renderer, with index.html for any other page path (the app routes on the client).
 * Returns the handler for requests no route took, or a handler answering 503 when the renderer is not built,
 * so that the API keeps working for tests and the CLI.
 */
export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<(request: FastifyRequest, reply: FastifyReply) => FastifyReply> {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    if (request.url.split('?')[0] === SERVICE_WORKER_PATH) {
      // A worker runs under the policy of its own script, not of the page; and the browser must see a new
      // build's worker at once rather than a cached one.
      reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      reply.header('Cache-Control', 'no-cache');
    }
    return payload;
  });

  if (!existsSync(join(staticDir, 'index.html'))) {
    return (_request, reply) => reply.code(503).type('text/plain; charset=utf-8').send(RENDERER_MISSING_MESSAGE);
  }
  await app.register(fastifyStatic, { root: staticDir, allowedPath: (pathName) => !isApiPath(pathName) });
  return (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html');
}
