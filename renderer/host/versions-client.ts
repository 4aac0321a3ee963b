/**
 * Typed client for a speech's versions and 定稿 (common/versions.ts), in the style of api-client.ts: the name
 * checked with the contract's schema before it leaves, responses parsed with theirs, every failure an
 * ApiRequestError. Kept apart from ApiClient because only the speech screen's versions panel needs it.
 */
import {
  createVersionRequestSchema,
  historyResponseSchema,
  restoreVersionResponseSchema,
  versionListResponseSchema,
  versionRoutes,
  versionSchema,
  versionSummarySchema,
  type AuthorIdentity,
  type HistoryResponse,
  type RestoreVersionResponse,
  type Version,
  type VersionSummary,
} from '../../common/versions';
import { ApiRequestError } from './api-error';
import type { HostConnection } from './host-connection';
import { createHostHttp, type Fetch } from './host-http';

export interface VersionsClient {
  /** The speech's versions, newest first. */
  list(documentId: string, options?: { signal?: AbortSignal }): Promise<VersionSummary[]>;
  /** A named version of the speech as it is now (送审稿, 修改稿 …). */
  save(documentId: string, name: string): Promise<VersionSummary>;
  /** 定稿: a frozen version, every placeholder written out as its text with the figure's provenance. */
  freeze(documentId: string, name: string): Promise<VersionSummary>;
  get(documentId: string, versionId: string, options?: { signal?: AbortSignal }): Promise<Version>;
  /** Brings the version's text back as a new change by `author`. */
  restore(documentId: string, versionId: string, author: AuthorIdentity): Promise<RestoreVersionResponse>;
  /** The speech with its whole history and authors, for compare. */
  history(documentId: string, options?: { signal?: AbortSignal }): Promise<HistoryResponse>;
}

export function createVersionsClient(connection: HostConnection, fetchImpl?: Fetch): VersionsClient {
  const { json } = createHostHttp(connection, fetchImpl);

  /** Refuses a name the host would refuse, with the same error shape, without a round trip. */
  function named(name: string): { name: string } {
    const result = createVersionRequestSchema.safeParse({ name });
    if (result.success) return result.data;
    throw new ApiRequestError('bad_request', result.error.issues[0]?.message ?? 'invalid version name', 0, 'body.name');
  }

  return {
    list: async (documentId, { signal } = {}) => (await json(versionListResponseSchema, versionRoutes.versions(documentId), { signal })).versions,
    save: async (documentId, name) => json(versionSummarySchema, versionRoutes.versions(documentId), { method: 'POST', body: named(name) }),
    freeze: async (documentId, name) => json(versionSummarySchema, versionRoutes.freeze(documentId), { method: 'POST', body: named(name) }),
    get: (documentId, versionId, { signal } = {}) => json(versionSchema, versionRoutes.version(documentId, versionId), { signal }),
    restore: (documentId, versionId, author) => json(restoreVersionResponseSchema, versionRoutes.restore(documentId, versionId), { method: 'POST', body: { author } }),
    history: (documentId, { signal } = {}) => json(historyResponseSchema, versionRoutes.history(documentId), { signal }),
  };
}
