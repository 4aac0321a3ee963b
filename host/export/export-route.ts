import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiHttpError, parseInput } from '../api/api-error';
import type { SqliteDatabase } from '../db/database';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportStoredSpeech } from './speech-export';
import { ExportError } from './speech-text';

const exportParams = z.object({ id: z.string().min(1) });
const exportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    allowUnresolved: z.enum(['true', 'false']).default('false'),
  })
  .strict();

/** Characters no file system or browser takes in a file name. */
const UNSAFE_IN_FILENAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * The download's name: the speech's title, as Chinese titles are, in RFC 5987 form, with an ASCII name for clients
 * that read only the plain parameter.
 */
export function contentDisposition(title: string, extension: string): string {
  const name = title.replace(UNSAFE_IN_FILENAME, '').trim() || 'speech';
  return `attachment; filename="speech.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`;
}

/**
 * GET /api/documents/:id/export?format=docx|md|txt[&allowUnresolved=true] → the file. A speech with placeholders
 * still without a value is refused with 409, the error listing them, unless allowUnresolved is true.
 */
export function registerExportRoute(app: FastifyInstance, db: SqliteDatabase): void {
  app.get('/api/documents/:id/export', async (request, reply) => {
    const { id } = parseInput(exportParams, request.params, 'params');
    const { format, allowUnresolved } = parseInput(exportQuery, request.query, 'query');
    try {
      const file = await exportStoredSpeech(db, id, format, { allowUnresolved: allowUnresolved === 'true' });
      for (const problem of file.layoutProblems) request.log.warn({ speech: id }, `layout setting left at its default: ${problem.message}`);
      return reply.type(EXPORT_CONTENT_TYPES[format]).header('Content-Disposition', contentDisposition(file.title, format)).send(Buffer.from(file.bytes));
    } catch (error) {
      // Unreadable stored data is the host's failure: it goes on to the 500 handler, which logs it.
      if (!(error instanceof ExportError) || error.reason === 'unreadable') throw error;
      if (error.reason === 'not_found') throw new ApiHttpError(404, 'not_found', error.message);
      return reply.code(409).type('application/json; charset=utf-8').send({ error: { code: 'conflict', message: error.message, unresolved: error.unresolved } });
    }
  });
}
