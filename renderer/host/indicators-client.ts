/**
 * Typed client for the indicator store's routes (common/indicators.ts), in the style of api-client.ts: request
 * bodies checked with the contract's schemas before they leave, responses parsed with them, every failure an
 * ApiRequestError. Kept apart from ApiClient because the indicator panel is the only screen that needs it.
 */
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
import { ApiRequestError } from './api-error';
import type { HostConnection } from './host-connection';
import { checkedBody, createHostHttp, type Fetch } from './host-http';

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

export function createIndicatorsClient(connection: HostConnection, fetchImpl?: Fetch): IndicatorsClient {
  const { send, json: request } = createHostHttp(connection, fetchImpl);

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
    create: async (body) => request(indicatorSchema, indicatorRoutes.indicators(), { method: 'POST', body: checkedBody(createIndicatorRequestSchema, body) }),
    update: async (id, body) =>
      request(updateIndicatorResponseSchema, indicatorRoutes.indicator(id), { method: 'PATCH', body: checkedBody(updateIndicatorRequestSchema, body) }),
    remove: (id) => request(deleteIndicatorResponseSchema, indicatorRoutes.indicator(id), { method: 'DELETE' }),
    putObservation: async (id, period, values) =>
      request(observationSchema, indicatorRoutes.observation(id, period), { method: 'PUT', body: checkedBody(observationValuesSchema, values) }),
    async history(id, { signal } = {}) {
      const body = await request(historyResponseSchema, indicatorRoutes.history(id), { signal });
      return body.entries;
    },
    previewImport: async (file, mapping) => request(importPreviewSchema, indicatorRoutes.importPreview(file.name, mapping), { method: 'POST', body: fileBytes(file) }),
    commitImport: async (file, mapping) => request(importCommitResultSchema, indicatorRoutes.importCommit(file.name, mapping), { method: 'POST', body: fileBytes(file) }),
    async exportFile(format) {
      const response = await send(indicatorRoutes.export(format));
      return response.blob();
    },
  };
}
