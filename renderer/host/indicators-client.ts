/**
 * Typed client for the indicator store's routes (common/indicators.ts), in the style of api-client.ts: request
 * bodies checked with the contract's schemas before they leave, responses parsed with them, every failure an
 * ApiRequestError. Kept apart from ApiClient because the indicator panel is the only screen that needs it.
 */
import type { z } from 'zod';
import { apiErrorSchema } from '../../common/api';
import {
  createIndicatorRequestSchema,
  deleteIndicatorResponseSchema,
  historyResponseSchema,
  importCommitResultSchema,
  importPreviewSchema,
  indicatorListResponseSchema,
  indicatorRoutes,
  indicatorSchema,
  indicatorWithObservationsSchema,
  MAX_INDICATOR_FILE_BYTES,
  observationSchema,
  observationValuesSchema,
  updateIndicatorRequestSchema,
  updateIndicatorResponseSchema,
  type ColumnMapping,
  type CreateIndicatorRequest,
  type DeleteIndicatorResponse,
  type HistoryEntry,
  type ImportCommitResult,
  type ImportPreview,
  type Indicator,
  type IndicatorFileFormat,
  type IndicatorWithObservations,
  type Observation,
  type ObservationValues,
  type UpdateIndicatorRequest,
  type UpdateIndicatorResponse,
} from '../../common/indicators';
import { ApiRequestError, isAbortError } from './api-error';
import type { HostConnection } from './host-connection';

/** A file to import: its name (the host picks the CSV or XLSX reader by its extension) and its bytes. */
export interface IndicatorFile {
  name: string;
  data: Uint8Array;
}

export interface IndicatorsClient {
  /** Every indicator with its newest observation. */
  list(options?: { signal?: AbortSignal }): Promise<IndicatorWithObservations[]>;
  /** One indicator with all its observations, newest period first. */
  get(id: string, options?: { signal?: AbortSignal }): Promise<IndicatorWithObservations>;
  create(request: CreateIndicatorRequest): Promise<Indicator>;
  /** A rename also rewrites the placeholders that named the old name, and says how many. */
  update(id: string, request: UpdateIndicatorRequest): Promise<UpdateIndicatorResponse>;
  remove(id: string): Promise<DeleteIndicatorResponse>;
  /** Writes the figures of one period; `period` is a key (2024-YTD09) or a label (2024年前三季度). */
  putObservation(id: string, period: string, values: ObservationValues): Promise<Observation>;
  history(id: string, options?: { signal?: AbortSignal }): Promise<HistoryEntry[]>;
  /** The dry run: parsed rows and every error, nothing written. */
  previewImport(file: IndicatorFile, mapping?: ColumnMapping): Promise<ImportPreview>;
  /** Writes the file; the host refuses the whole file (400) while any error remains. */
  commitImport(file: IndicatorFile, mapping?: ColumnMapping): Promise<ImportCommitResult>;
  /** The whole store in the canonical layout. */
  exportFile(format: IndicatorFileFormat): Promise<Blob>;
}

type Fetch = typeof fetch;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  bytes?: Uint8Array;
  signal?: AbortSignal | undefined;
}

export function createIndicatorsClient(connection: HostConnection, fetchImpl: Fetch = fetch.bind(globalThis)): IndicatorsClient {
  async function send(path: string, { method = 'GET', json, bytes, signal }: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${connection.token}` };
    if (json !== undefined) headers['Content-Type'] = 'application/json';
    if (bytes !== undefined) headers['Content-Type'] = 'application/octet-stream';
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, connection.origin), {
        method,
        headers,
        // Copied: bytes may come from another realm (the preload, a test environment), which fetch refuses.
        body: bytes !== undefined ? new Uint8Array(bytes) : json === undefined ? null : JSON.stringify(json),
        signal: signal ?? null,
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ApiRequestError('network', error instanceof Error ? error.message : String(error), 0);
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async function request<Schema extends z.ZodType>(schema: Schema, path: string, options?: RequestOptions): Promise<z.infer<Schema>> {
    const response = await send(path, options);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new ApiRequestError('invalid_response', `response is not JSON: ${String(error)}`, response.status);
    }
    const result = schema.safeParse(body);
    if (!result.success) throw new ApiRequestError('invalid_response', `unexpected response: ${result.error.message}`, response.status);
    return result.data;
  }

  function fileBytes(file: IndicatorFile): Uint8Array {
    // The host would refuse it with 413 only after the whole upload.
    if (file.data.byteLength > MAX_INDICATOR_FILE_BYTES) {
      throw new ApiRequestError('payload_too_large', `${file.name} is larger than ${MAX_INDICATOR_FILE_BYTES} bytes`, 0);
    }
    return file.data;
  }

  return {
    async list({ signal } = {}) {
      const body = await request(indicatorListResponseSchema, indicatorRoutes.indicators(), { signal });
      return body.indicators;
    },
    get: (id, { signal } = {}) => request(indicatorWithObservationsSchema, indicatorRoutes.indicator(id), { signal }),
    create: async (body) => request(indicatorSchema, indicatorRoutes.indicators(), { method: 'POST', json: checked(createIndicatorRequestSchema, body) }),
    update: async (id, body) =>
      request(updateIndicatorResponseSchema, indicatorRoutes.indicator(id), { method: 'PATCH', json: checked(updateIndicatorRequestSchema, body) }),
    remove: (id) => request(deleteIndicatorResponseSchema, indicatorRoutes.indicator(id), { method: 'DELETE' }),
    putObservation: async (id, period, values) =>
      request(observationSchema, indicatorRoutes.observation(id, period), { method: 'PUT', json: checked(observationValuesSchema, values) }),
    async history(id, { signal } = {}) {
      const body = await request(historyResponseSchema, indicatorRoutes.history(id), { signal });
      return body.entries;
    },
    previewImport: async (file, mapping) => request(importPreviewSchema, indicatorRoutes.importPreview(file.name, mapping), { method: 'POST', bytes: fileBytes(file) }),
    commitImport: async (file, mapping) => request(importCommitResultSchema, indicatorRoutes.importCommit(file.name, mapping), { method: 'POST', bytes: fileBytes(file) }),
    async exportFile(format) {
      const response = await send(indicatorRoutes.export(format));
      return response.blob();
    },
  };
}

/** Rejects a request the host would refuse anyway, with the same error shape (path body.…), without a round trip. */
function checked<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? ['body', ...issue.path.map(String)].join('.') : undefined;
  throw new ApiRequestError('bad_request', issue?.message ?? 'invalid request', 0, path);
}

async function errorFrom(response: Response): Promise<ApiRequestError> {
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    // A proxy or a crashed host may answer with HTML or nothing: fall through to the generic error below.
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, path } = parsed.data.error;
    return new ApiRequestError(code, message, response.status, path);
  }
  return new ApiRequestError('invalid_response', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
}
