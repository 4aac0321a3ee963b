/**
 * Versions of a speech: named versions a writer makes (送审稿, 修改稿 …), automatic ones, and the frozen
 * versions 定稿 produces, in which every placeholder has become its text with the figure's provenance kept in
 * a `provenance` mark. The contract of the version routes; validated at the host's edge.
 */
import { z } from 'zod';
import { nodeJsonSchema } from './api';

export const VERSION_KINDS = ['named', 'auto', 'frozen'] as const;
export const versionKindSchema = z.enum(VERSION_KINDS);
export type VersionKind = z.infer<typeof versionKindSchema>;

export const MAX_VERSION_NAME_LENGTH = 60;

export const versionSummarySchema = z.object({
  id: z.string(),
  documentId: z.string(),
  name: z.string(),
  kind: versionKindSchema,
  /** Who made it: a user name, or the token's role until there are users. */
  createdBy: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  /** 字数 of the version. */
  characters: z.number().int().nonnegative(),
  /** For a frozen version: placeholders that had no value and were kept as their fallback text. */
  unresolved: z.number().int().nonnegative(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListResponseSchema = z.object({ versions: z.array(versionSummarySchema) });
export type VersionListResponse = z.infer<typeof versionListResponseSchema>;

/** A version with its content: the speech's doc as ProseMirror JSON. */
export const versionSchema = versionSummarySchema.extend({ doc: nodeJsonSchema });
export type Version = z.infer<typeof versionSchema>;

export const createVersionRequestSchema = z.object({ name: z.string().trim().min(1).max(MAX_VERSION_NAME_LENGTH) }).strict();
export type CreateVersionRequest = z.infer<typeof createVersionRequestSchema>;

/**
 * Routes (all need the Bearer token; unknown ids → 404 naming them).
 *   GET  /api/documents/:id/versions               → VersionListResponse (newest first)
 *   POST /api/documents/:id/versions               CreateVersionRequest → 201 VersionSummary (kind named)
 *   POST /api/documents/:id/freeze                 CreateVersionRequest → 201 VersionSummary (kind frozen)
 *   GET  /api/documents/:id/versions/:versionId    → Version
 */
export const versionRoutes = {
  versions: (id: string) => `/api/documents/${encodeURIComponent(id)}/versions`,
  freeze: (id: string) => `/api/documents/${encodeURIComponent(id)}/freeze`,
  version: (id: string, versionId: string) => `/api/documents/${encodeURIComponent(id)}/versions/${encodeURIComponent(versionId)}`,
} as const;
