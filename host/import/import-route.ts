import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_IMPORT_BYTES, type ImportResult } from '../../common/api';
import { ApiHttpError, parseInput } from '../api/api-error';
import type { Library } from '../library/library';
import { ImportError } from './import-error';
import { importSpeech } from './import-speech';

const OCTET_STREAM_ONLY = "request body must be the file's bytes as application/octet-stream";
const importQuery = z.object({ filename: z.string().trim().min(1).max(255) }).strict();

/**
 * POST /api/import?filename=NAME with the file's bytes as application/octet-stream → 201 ImportResult.
 * In its own scope, so that only this route takes raw bodies, and up to MAX_IMPORT_BYTES instead of the JSON limit.
 */
export function registerImportRoute(app: FastifyInstance, library: Library): void {
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body));

    // Errors this scope knows better than the host's mapping; anything else goes on to it.
    scope.setErrorHandler((error: FastifyError) => {
      if (error instanceof ImportError) throw new ApiHttpError(400, 'bad_request', error.message, error.where);
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        throw new ApiHttpError(413, 'payload_too_large', `file is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MiB an import accepts`);
      }
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        throw new ApiHttpError(415, 'bad_request', OCTET_STREAM_ONLY);
      }
      throw error;
    });

    scope.post<{ Body: Buffer | undefined }>('/api/import', async (request, reply): Promise<ImportResult> => {
      const { filename } = parseInput(importQuery, request.query, 'query');
      // The JSON parser this scope inherits may have read the body: such a body is no file.
      if (request.body !== undefined && !(request.body instanceof Buffer)) throw new ApiHttpError(415, 'bad_request', OCTET_STREAM_ONLY);
      const bytes = request.body ?? new Uint8Array(0);
      const result = await importSpeech(filename, bytes, (doc, style) => library.createFromDoc(doc, style));
      reply.code(201);
      return result;
    });
  });
}
