/**
 * The HTTP JSON contract between the host and its clients (renderer, CLI, tests).
 * Request bodies are validated with these schemas at the host's edge; responses are typed with them.
 * All routes live under /api and need `Authorization: Bearer <token>`.
 */
import { z } from 'zod';
import { NUMBERING_STYLES } from './numbering-style';

/** Largest JSON request body the host accepts; larger bodies get 413. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;
export const MAX_TITLE_LENGTH = 200;

export const numberingStyleSchema = z.enum(NUMBERING_STYLES);

/** A speech as the library lists it. Timestamps are ISO 8601 strings in UTC. */
export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  numberingStyle: numberingStyleSchema,
  /** 字数: CJK characters and digits, without punctuation (see common/characters.ts). */
  characters: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set while the speech is in the trash. */
  deletedAt: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

const titleSchema = z.string().trim().min(1).max(MAX_TITLE_LENGTH);

export const createDocumentRequestSchema = z
  .object({
    title: titleSchema.optional(),
    numberingStyle: numberingStyleSchema.optional(),
  })
  .strict();
export type CreateDocumentRequest = z.infer<typeof createDocumentRequestSchema>;

export const renameDocumentRequestSchema = z.object({ title: titleSchema }).strict();
export type RenameDocumentRequest = z.infer<typeof renameDocumentRequestSchema>;

export const listDocumentsQuerySchema = z
  .object({
    /** Case-insensitive substring of the title. */
    q: z.string().max(MAX_TITLE_LENGTH).optional(),
    /** `true` lists the trash instead of the library. */
    trash: z.enum(['true', 'false']).optional(),
  })
  .strict();
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuerySchema>;

export const documentListResponseSchema = z.object({ documents: z.array(documentSummarySchema) });
export type DocumentListResponse = z.infer<typeof documentListResponseSchema>;

export const sessionResponseSchema = z.object({
  /** The host's version, for the about box and for clients that must match it. */
  version: z.string(),
  /** Path of the collaboration WebSocket endpoint on the same origin, e.g. "/collab". */
  collabPath: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const API_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'not_found',
  'payload_too_large',
  'conflict',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Every non-2xx response carries this body. `message` is English and names the offending input. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    /** For validation errors: where in the request, e.g. "body.title". */
    path: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/**
 * Routes, as functions so that clients never assemble paths by hand.
 *   GET    /api/session                     → SessionResponse
 *   GET    /api/documents?q=&trash=         → DocumentListResponse (newest change first)
 *   POST   /api/documents                   CreateDocumentRequest → 201 DocumentSummary
 *   GET    /api/documents/:id               → DocumentSummary (also for one in the trash)
 *   PATCH  /api/documents/:id               RenameDocumentRequest → DocumentSummary
 *   POST   /api/documents/:id/duplicate     → 201 DocumentSummary
 *   DELETE /api/documents/:id               → DocumentSummary (moved to the trash)
 *   POST   /api/documents/:id/restore       → DocumentSummary (back from the trash)
 *   DELETE /api/trash/:id                   → 204 (deleted for good; only from the trash)
 */
export const apiRoutes = {
  session: () => '/api/session',
  documents: () => '/api/documents',
  document: (id: string) => `/api/documents/${encodeURIComponent(id)}`,
  duplicate: (id: string) => `/api/documents/${encodeURIComponent(id)}/duplicate`,
  restore: (id: string) => `/api/documents/${encodeURIComponent(id)}/restore`,
  trashed: (id: string) => `/api/trash/${encodeURIComponent(id)}`,
} as const;

/** Path of the Hocuspocus endpoint; the WebSocket URL carries `?token=` so that a bad token is refused at the upgrade. */
export const COLLAB_PATH = '/collab';
