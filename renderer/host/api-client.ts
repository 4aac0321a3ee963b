/**
 * Typed client for the host's HTTP API (common/api.ts). Request bodies are checked with the contract's
 * schemas before they leave, responses are parsed with them, and every failure becomes an ApiRequestError.
 */
import type { z } from 'zod';
import {
  apiErrorSchema,
  apiRoutes,
  createDocumentRequestSchema,
  createFromSkeletonRequestSchema,
  documentListResponseSchema,
  documentSummarySchema,
  importResultSchema,
  MAX_IMPORT_BYTES,
  renameDocumentRequestSchema,
  saveTemplateRequestSchema,
  sectionTemplateSchema,
  sessionResponseSchema,
  templateCatalogSchema,
  type CreateDocumentRequest,
  type CreateFromSkeletonRequest,
  type DocumentSummary,
  type ImportResult,
  type SaveTemplateRequest,
  type SectionTemplate,
  type SessionResponse,
  type TemplateCatalog,
} from '../../common/api';
import { ApiRequestError, isAbortError } from './api-error';
import type { HostConnection } from './host-connection';

export interface ListOptions {
  q?: string;
  trash?: boolean;
  signal?: AbortSignal;
}

export interface ApiClient {
  session(): Promise<SessionResponse>;
  listDocuments(options?: ListOptions): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<DocumentSummary>;
  createDocument(request?: CreateDocumentRequest): Promise<DocumentSummary>;
  renameDocument(id: string, title: string): Promise<DocumentSummary>;
  duplicateDocument(id: string): Promise<DocumentSummary>;
  /** Moves the speech to the trash. */
  trashDocument(id: string): Promise<DocumentSummary>;
  restoreDocument(id: string): Promise<DocumentSummary>;
  /** Deletes a speech that is in the trash, for good. */
  deleteForGood(id: string): Promise<void>;
  /** Shipped and user section templates, skeletons, and the template files that failed to load. */
  templates(): Promise<TemplateCatalog>;
  /** Saves blocks of a speech as a user section template. */
  saveTemplate(request: SaveTemplateRequest): Promise<SectionTemplate>;
  createFromSkeleton(request: CreateFromSkeletonRequest): Promise<DocumentSummary>;
  /** Sends a .txt or .docx file's bytes; the host makes a new speech of it. */
  importFile(filename: string, data: Uint8Array): Promise<ImportResult>;
}

type Fetch = typeof fetch;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** JSON, or a file's raw bytes. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export function createApiClient(connection: HostConnection, fetchImpl: Fetch = fetch.bind(globalThis)): ApiClient {
  async function send(path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${connection.token}` };
    // Not instanceof: bytes may come from another realm (the preload, a test environment).
    const bytes = ArrayBuffer.isView(options.body) ? new Uint8Array(options.body.buffer, options.body.byteOffset, options.body.byteLength) : undefined;
    if (options.body !== undefined) headers['Content-Type'] = bytes ? 'application/octet-stream' : 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, connection.origin), {
        method: options.method ?? 'GET',
        headers,
        body: bytes ? new Uint8Array(bytes) : options.body === undefined ? null : JSON.stringify(options.body),
        signal: options.signal ?? null,
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ApiRequestError('network', error instanceof Error ? error.message : String(error), 0);
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async function json<Schema extends z.ZodType>(schema: Schema, path: string, options?: RequestOptions): Promise<z.infer<Schema>> {
    const response = await send(path, options);
    return parse(schema, await readJson(response), response.status);
  }

  return {
    session: () => json(sessionResponseSchema, apiRoutes.session()),
    async listDocuments({ q, trash, signal } = {}) {
      const query = new URLSearchParams();
      if (q) query.set('q', q);
      if (trash) query.set('trash', 'true');
      const search = query.size > 0 ? `?${query.toString()}` : '';
      const body = await json(documentListResponseSchema, `${apiRoutes.documents()}${search}`, { signal });
      return body.documents;
    },
    getDocument: (id) => json(documentSummarySchema, apiRoutes.document(id)),
    createDocument: async (request = {}) =>
      json(documentSummarySchema, apiRoutes.documents(), { method: 'POST', body: checked(createDocumentRequestSchema, request) }),
    renameDocument: async (id, title) =>
      json(documentSummarySchema, apiRoutes.document(id), { method: 'PATCH', body: checked(renameDocumentRequestSchema, { title }) }),
    duplicateDocument: (id) => json(documentSummarySchema, apiRoutes.duplicate(id), { method: 'POST' }),
    trashDocument: (id) => json(documentSummarySchema, apiRoutes.document(id), { method: 'DELETE' }),
    restoreDocument: (id) => json(documentSummarySchema, apiRoutes.restore(id), { method: 'POST' }),
    async deleteForGood(id) {
      await send(apiRoutes.trashed(id), { method: 'DELETE' });
    },
    templates: () => json(templateCatalogSchema, apiRoutes.templates()),
    saveTemplate: async (request) =>
      json(sectionTemplateSchema, apiRoutes.templates(), { method: 'POST', body: checked(saveTemplateRequestSchema, request) }),
    createFromSkeleton: async (request) =>
      json(documentSummarySchema, apiRoutes.fromSkeleton(), { method: 'POST', body: checked(createFromSkeletonRequestSchema, request) }),
    async importFile(filename, data) {
      // The host would refuse it with 413 only after the whole upload.
      if (data.byteLength > MAX_IMPORT_BYTES) throw new ApiRequestError('payload_too_large', `${filename} is larger than ${MAX_IMPORT_BYTES} bytes`, 0);
      return json(importResultSchema, apiRoutes.importFile(filename), { method: 'POST', body: data });
    },
  };
}

/** Rejects a request the host would refuse anyway, with the same error shape, without a round trip. */
function checked<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? ['body', ...issue.path.map(String)].join('.') : undefined;
  throw new ApiRequestError('bad_request', issue?.message ?? 'invalid request', 0, path);
}

function parse<Schema extends z.ZodType>(schema: Schema, value: unknown, status: number): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiRequestError('invalid_response', `unexpected response: ${result.error.message}`, status);
  return result.data;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch (error) {
    throw new ApiRequestError('invalid_response', `response is not JSON: ${String(error)}`, response.status);
  }
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
