/**
 * The HTTP JSON contract between the host and its clients (renderer, CLI, tests).
 * Request bodies are validated with these schemas at the host's edge; responses are typed with them.
 * All routes live under /api and need `Authorization: Bearer <token>`: the host's admin token opens all of them,
 * an invitation token only its speech's routes its role allows (host/invitations/api-scope.ts), others get 403.
 */
import { z } from 'zod';
import { INVITATION_ROLES } from './invitations';
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
  /** What the token opens: `owner` for the host's admin token, else the invitation's role (common/invitations.ts). */
  role: z.enum(['owner', ...INVITATION_ROLES]),
  /** The one speech an invitation opens; null for the owner. */
  speechId: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const API_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
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

// ---------------------------------------------------------------------------------------------------------
// Templates (issue 3). Template files are parsed and validated in common/template/; the host serves the
// result. Block content is ProseMirror JSON of the speech schema (an array of top-level block nodes).

export const TEMPLATE_KINDS = ['opening', 'review', 'situation', 'problems', 'deploy', 'party-building', 'planning', 'closing'] as const;
export const templateKindSchema = z.enum(TEMPLATE_KINDS);
export type TemplateKind = z.infer<typeof templateKindSchema>;

/** ProseMirror JSON of one node; validated against the schema by the code that uses it (Node.fromJSON + check). */
export const nodeJsonSchema: z.ZodType<{ type: string; attrs?: Record<string, unknown>; content?: unknown[]; marks?: unknown[]; text?: string }> = z
  .object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional(), content: z.array(z.unknown()).optional(), marks: z.array(z.unknown()).optional(), text: z.string().optional() })
  .passthrough();
export type NodeJson = z.infer<typeof nodeJsonSchema>;

export const variableDefinitionSchema = z.object({
  key: z.string(),
  /** Label in Chinese for a template's own variable; standard variables are labelled by the app. */
  label: z.string().optional(),
  required: z.boolean(),
  /** An example value shown in the wizard, e.g. 全区领导干部会议. */
  example: z.string().optional(),
});
export type VariableDefinition = z.infer<typeof variableDefinitionSchema>;

export const sectionTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: templateKindSchema,
  description: z.string(),
  tags: z.array(z.string()),
  source: z.enum(['shipped', 'user']),
  variables: z.array(variableDefinitionSchema),
  /** The template's blocks in the speech schema, placeholders included. */
  content: z.array(nodeJsonSchema),
});
export type SectionTemplate = z.infer<typeof sectionTemplateSchema>;

export const skeletonSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** Section template ids, top to bottom. */
  sections: z.array(z.string()),
  variables: z.array(variableDefinitionSchema),
});
export type Skeleton = z.infer<typeof skeletonSchema>;

/** A template file that failed to load, with where and why. */
export const templateProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive().optional(),
  message: z.string(),
});
export type TemplateProblem = z.infer<typeof templateProblemSchema>;

export const templateCatalogSchema = z.object({
  sections: z.array(sectionTemplateSchema),
  skeletons: z.array(skeletonSchema),
  problems: z.array(templateProblemSchema),
});
export type TemplateCatalog = z.infer<typeof templateCatalogSchema>;

export const saveTemplateRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    kind: templateKindSchema,
    description: z.string().max(500).optional(),
    tags: z.array(z.string().trim().min(1).max(20)).max(20).optional(),
    content: z.array(nodeJsonSchema).min(1).max(500),
  })
  .strict();
export type SaveTemplateRequest = z.infer<typeof saveTemplateRequestSchema>;

export const createFromSkeletonRequestSchema = z
  .object({
    skeletonId: z.string().min(1),
    /** Values by variable key; the title is made from the skeleton's title pattern and these. */
    variables: z.record(z.string(), z.string().max(200)),
    numberingStyle: numberingStyleSchema,
  })
  .strict();
export type CreateFromSkeletonRequest = z.infer<typeof createFromSkeletonRequestSchema>;

// ---------------------------------------------------------------------------------------------------------
// Import (issue 3): a .txt (UTF-8, GBK/GB18030) or .docx file becomes a new speech.

/** Largest file the import accepts; larger bodies get 413. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const importResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  numberingStyle: numberingStyleSchema,
  /** Every heading and numbered run-in point in document order; level 1 for 一、 and 2 for the next level down. */
  headings: z.array(z.object({ level: z.number().int().min(1).max(4), number: z.string(), text: z.string() })),
  placeholders: z.array(z.object({ kind: z.enum(['indicator', 'variable', 'slot']), key: z.string() })),
  characters: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

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
 *   GET    /api/templates                   → TemplateCatalog (shipped and user templates, and files that failed)
 *   POST   /api/templates                   SaveTemplateRequest → 201 SectionTemplate (a user template)
 *   POST   /api/documents/from-skeleton     CreateFromSkeletonRequest → 201 DocumentSummary
 *   POST   /api/import?filename=NAME        raw file bytes (application/octet-stream) → 201 ImportResult
 */
export const apiRoutes = {
  session: () => '/api/session',
  documents: () => '/api/documents',
  document: (id: string) => `/api/documents/${encodeURIComponent(id)}`,
  duplicate: (id: string) => `/api/documents/${encodeURIComponent(id)}/duplicate`,
  restore: (id: string) => `/api/documents/${encodeURIComponent(id)}/restore`,
  trashed: (id: string) => `/api/trash/${encodeURIComponent(id)}`,
  templates: () => '/api/templates',
  fromSkeleton: () => '/api/documents/from-skeleton',
  importFile: (filename: string) => `/api/import?filename=${encodeURIComponent(filename)}`,
} as const;

/** Path of the Hocuspocus endpoint; the WebSocket URL carries `?token=` so that a bad token is refused at the upgrade. */
export const COLLAB_PATH = '/collab';
