/**
 * Typed client for the host's HTTP API (common/api.ts). Request bodies are checked with the contract's
 * schemas before they leave, responses are parsed with them, and every failure becomes an ApiRequestError.
 */
import {
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
import { ApiRequestError } from './api-error';
import type { HostConnection } from './host-connection';
import { checkedBody, createHostHttp, type Fetch } from './host-http';

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

export function createApiClient(connection: HostConnection, fetchImpl?: Fetch): ApiClient {
  const { send, json } = createHostHttp(connection, fetchImpl);

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
      json(documentSummarySchema, apiRoutes.documents(), { method: 'POST', body: checkedBody(createDocumentRequestSchema, request) }),
    renameDocument: async (id, title) =>
      json(documentSummarySchema, apiRoutes.document(id), { method: 'PATCH', body: checkedBody(renameDocumentRequestSchema, { title }) }),
    duplicateDocument: (id) => json(documentSummarySchema, apiRoutes.duplicate(id), { method: 'POST' }),
    trashDocument: (id) => json(documentSummarySchema, apiRoutes.document(id), { method: 'DELETE' }),
    restoreDocument: (id) => json(documentSummarySchema, apiRoutes.restore(id), { method: 'POST' }),
    async deleteForGood(id) {
      await send(apiRoutes.trashed(id), { method: 'DELETE' });
    },
    templates: () => json(templateCatalogSchema, apiRoutes.templates()),
    saveTemplate: async (request) =>
      json(sectionTemplateSchema, apiRoutes.templates(), { method: 'POST', body: checkedBody(saveTemplateRequestSchema, request) }),
    createFromSkeleton: async (request) =>
      json(documentSummarySchema, apiRoutes.fromSkeleton(), { method: 'POST', body: checkedBody(createFromSkeletonRequestSchema, request) }),
    async importFile(filename, data) {
      // The host would refuse it with 413 only after the whole upload.
      if (data.byteLength > MAX_IMPORT_BYTES) throw new ApiRequestError('payload_too_large', `${filename} is larger than ${MAX_IMPORT_BYTES} bytes`, 0);
      return json(importResultSchema, apiRoutes.importFile(filename), { method: 'POST', body: data });
    },
  };
}
