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

/**
 * A version with its content: the speech's doc as ProseMirror JSON, and the Yjs snapshot (Y.encodeSnapshot,
 * base64) that compare renders it from. Versions made before the host kept history have no snapshot.
 */
export const versionSchema = versionSummarySchema.extend({ doc: nodeJsonSchema, snapshot: z.string().nullable() });
export type Version = z.infer<typeof versionSchema>;

export const createVersionRequestSchema = z.object({ name: z.string().trim().min(1).max(MAX_VERSION_NAME_LENGTH) }).strict();
export type CreateVersionRequest = z.infer<typeof createVersionRequestSchema>;

/** A user as the identity dialog sets them: a display name and a 6-digit hex colour. */
export const authorIdentitySchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb'),
  })
  .strict();
export type AuthorIdentity = z.infer<typeof authorIdentitySchema>;

/**
 * Who wrote a speech: the Yjs client IDs whose items are theirs, and their deletions as a delete set in the
 * encoding Y.PermanentUserData keeps (base64), null when they deleted nothing.
 */
export const versionAuthorSchema = z.object({
  name: z.string(),
  color: z.string(),
  clientIds: z.array(z.number().int().nonnegative()),
  deletions: z.string().nullable(),
});
export type VersionAuthor = z.infer<typeof versionAuthorSchema>;

/**
 * A speech with its whole history, for compare: Y.encodeStateAsUpdate of the host's document, deleted content
 * included (base64), the snapshot of the text as it is now, and the authors.
 */
export const historyResponseSchema = z.object({ state: z.string(), snapshot: z.string(), authors: z.array(versionAuthorSchema) });
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

/** Restoring a version is a change by this user. */
export const restoreVersionRequestSchema = z.object({ author: authorIdentitySchema }).strict();
export type RestoreVersionRequest = z.infer<typeof restoreVersionRequestSchema>;

/**
 * What a restore recorded: the speech as it read before (null when no change had been made since the latest
 * version, which then serves), and the speech after the restore, named 恢复自 <name>.
 */
export const restoreVersionResponseSchema = z.object({ before: versionSummarySchema.nullable(), restored: versionSummarySchema });
export type RestoreVersionResponse = z.infer<typeof restoreVersionResponseSchema>;

/** Automatic versions are made at most this often while a speech is being edited. */
export const AUTO_VERSION_INTERVAL_MS = 60 * 60 * 1000;

/** The names the host gives the versions it makes itself. */
export const AUTO_VERSION_NAME = '自动保存';
export const BEFORE_RESTORE_NAME = '恢复前';
export const restoredVersionName = (name: string): string => `恢复自 ${name}`.slice(0, MAX_VERSION_NAME_LENGTH);

/**
 * Routes (all need the Bearer token; unknown ids → 404 naming them).
 *   GET  /api/documents/:id/versions               → VersionListResponse (newest first)
 *   POST /api/documents/:id/versions               CreateVersionRequest → 201 VersionSummary (kind named)
 *   POST /api/documents/:id/freeze                 CreateVersionRequest → 201 VersionSummary (kind frozen)
 *   GET  /api/documents/:id/versions/:versionId    → Version
 *   POST /api/documents/:id/versions/:versionId/restore  RestoreVersionRequest → 201 RestoreVersionResponse
 *   GET  /api/documents/:id/history                → HistoryResponse
 */
export const versionRoutes = {
  versions: (id: string) => `/api/documents/${encodeURIComponent(id)}/versions`,
  freeze: (id: string) => `/api/documents/${encodeURIComponent(id)}/freeze`,
  version: (id: string, versionId: string) => `/api/documents/${encodeURIComponent(id)}/versions/${encodeURIComponent(versionId)}`,
  restore: (id: string, versionId: string) => `/api/documents/${encodeURIComponent(id)}/versions/${encodeURIComponent(versionId)}/restore`,
  history: (id: string) => `/api/documents/${encodeURIComponent(id)}/history`,
} as const;
