import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  columnMappingSchema,
  createIndicatorRequestSchema,
  describeImportError,
  exportQuerySchema,
  importQuerySchema,
  listIndicatorsQuerySchema,
  MAX_INDICATOR_FILE_BYTES,
  observationValuesSchema,
  updateIndicatorRequestSchema,
  type ColumnMapping,
  type DeleteIndicatorResponse,
  type HistoryResponse,
  type ImportCommitResult,
  type ImportPreview,
  type Indicator,
  type IndicatorListResponse,
  type IndicatorWithObservations,
  type Observation,
  type UpdateIndicatorResponse,
} from '../../common/indicators';
import { ApiHttpError, parseInput } from '../api/api-error';
import { IndicatorError } from './indicator-store';
import type { IndicatorService } from './indicator-service';
import { EXPORT_CONTENT_TYPES } from './indicator-export';

/** Content types an indicator file may be sent as; the filename's extension decides how it is read. */
const FILE_CONTENT_TYPES = ['application/octet-stream', 'text/csv', EXPORT_CONTENT_TYPES.xlsx];

const idParams = z.object({ id: z.string().min(1) });
const observationParams = z.object({ id: z.string().min(1), period: z.string().min(1).max(40) });

/** Who changes the store or makes a version: the owner is 'admin', an invited reviewer is named by their role. */
export const requestActor = (request: FastifyRequest): string => (request.principal?.kind === 'invitation' ? request.principal.role : 'admin');

function fileOf(request: FastifyRequest): { filename: string; bytes: Uint8Array; mapping?: ColumnMapping } {
  const query = parseInput(importQuerySchema, request.query, 'query');
  if (!(request.body instanceof Buffer)) throw new ApiHttpError(400, 'bad_request', 'body: send the file as application/octet-stream', 'body');
  if (query.mapping === undefined) return { filename: query.filename, bytes: request.body };
  let json: unknown;
  try {
    json = JSON.parse(query.mapping);
  } catch {
    throw new ApiHttpError(400, 'bad_request', 'query.mapping: not valid JSON', 'query.mapping');
  }
  return { filename: query.filename, bytes: request.body, mapping: parseInput(columnMappingSchema, json, 'query.mapping') };
}

function importFailed(preview: ImportPreview): ApiHttpError {
  const listed = preview.errors.map(describeImportError).join('; ');
  return new ApiHttpError(400, 'bad_request', `${preview.file}: ${preview.errors.length} error(s), nothing imported: ${listed}`);
}

/** The routes of common/indicators.ts, in their own Fastify scope (file bodies, their size limit, their errors). */
export function registerIndicatorRoutes(app: FastifyInstance, service: IndicatorService): void {
  app.register(async (scope) => {
    for (const type of FILE_CONTENT_TYPES) {
      if (!scope.hasContentTypeParser(type)) scope.addContentTypeParser(type, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    }
    scope.setErrorHandler((error, _request, _reply) => {
      if (error instanceof IndicatorError) {
        throw new ApiHttpError(error.code === 'not_found' ? 404 : error.code === 'conflict' ? 409 : 400, error.code, error.message);
      }
      if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        throw new ApiHttpError(413, 'payload_too_large', `an indicator file may have at most ${MAX_INDICATOR_FILE_BYTES} bytes`);
      }
      throw error;
    });

    const id = (params: unknown) => parseInput(idParams, params, 'params').id;
    const fileRoute = { bodyLimit: MAX_INDICATOR_FILE_BYTES };

    scope.get('/api/indicators', async (request): Promise<IndicatorListResponse> => ({
      indicators: service.list(parseInput(listIndicatorsQuerySchema, request.query, 'query')),
    }));

    scope.post('/api/indicators', async (request, reply): Promise<Indicator> => {
      const indicator = await service.create(parseInput(createIndicatorRequestSchema, request.body, 'body'));
      reply.code(201);
      return indicator;
    });

    scope.get('/api/indicators/export', async (request, reply) => {
      const { format } = parseInput(exportQuerySchema, request.query, 'query');
      const file = await service.export(format);
      return reply
        .type(EXPORT_CONTENT_TYPES[format])
        .header('Content-Disposition', `attachment; filename="indicators.${format}"; filename*=UTF-8''${encodeURIComponent(`指标.${format}`)}`)
        .send(file);
    });

    scope.post('/api/indicators/import/preview', fileRoute, async (request): Promise<ImportPreview> => {
      const { filename, bytes, mapping } = fileOf(request);
      return service.previewImport(filename, bytes, mapping);
    });

    scope.post('/api/indicators/import', fileRoute, async (request, reply): Promise<ImportCommitResult> => {
      const { filename, bytes, mapping } = fileOf(request);
      const outcome = await service.commitImport(filename, bytes, requestActor(request), mapping);
      if (!outcome.ok) throw importFailed(outcome.preview);
      reply.code(201);
      return outcome.result;
    });

    scope.get('/api/indicators/:id', async (request): Promise<IndicatorWithObservations> => service.get(id(request.params)));

    scope.patch('/api/indicators/:id', async (request): Promise<UpdateIndicatorResponse> => {
      const indicatorId = id(request.params);
      return service.update(indicatorId, parseInput(updateIndicatorRequestSchema, request.body, 'body'));
    });

    scope.delete('/api/indicators/:id', async (request): Promise<DeleteIndicatorResponse> => service.delete(id(request.params)));

    scope.put('/api/indicators/:id/observations/:period', async (request): Promise<Observation> => {
      const params = parseInput(observationParams, request.params, 'params');
      const values = parseInput(observationValuesSchema, request.body, 'body');
      return service.putObservation(params.id, params.period, values, requestActor(request));
    });

    scope.delete('/api/indicators/:id/observations/:period', async (request, reply) => {
      const params = parseInput(observationParams, request.params, 'params');
      await service.deleteObservation(params.id, params.period, requestActor(request));
      return reply.code(204).send();
    });

    scope.get('/api/indicators/:id/history', async (request): Promise<HistoryResponse> => ({ entries: service.history(id(request.params)) }));
  });
}
