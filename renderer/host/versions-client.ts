/**
 * Typed client for a speech's versions and 定稿 (common/versions.ts), in the style of api-client.ts: the name
 * checked with the contract's schema before it leaves, responses parsed with theirs, every failure an
 * ApiRequestError. Kept apart from ApiClient because only the speech screen's versions panel needs it.
 */
import type { z } from 'zod';
import { apiErrorSchema } from '../../common/api';
import { createVersionRequestSchema, versionListResponseSchema, versionRoutes, versionSchema, versionSummarySchema, type Version, type VersionSummary } from '../../common/versions';
import { ApiRequestError, isAbortError } from './api-error';
import type { HostConnection } from './host-connection';

export interface VersionsClient {
  /** The speech's versions, newest first. */
  list(documentId: string, options?: { signal?: AbortSignal }): Promise<VersionSummary[]>;
  /** A named version of the speech as it is now (送审稿, 修改稿 …). */
  save(documentId: string, name: string): Promise<VersionSummary>;
  /** 定稿: a frozen version, every placeholder written out as its text with the figure's provenance. */
  freeze(documentId: string, name: string): Promise<VersionSummary>;
  get(documentId: string, versionId: string, options?: { signal?: AbortSignal }): Promise<Version>;
}

type Fetch = typeof fetch;

export function createVersionsClient(connection: HostConnection, fetchImpl: Fetch = fetch.bind(globalThis)): VersionsClient {
  async function json<Schema extends z.ZodType>(schema: Schema, path: string, options: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal | undefined } = {}): Promise<z.infer<Schema>> {
    const headers: Record<string, string> = { Authorization: `Bearer ${connection.token}` };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, connection.origin), {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal: options.signal ?? null,
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ApiRequestError('network', error instanceof Error ? error.message : String(error), 0);
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // A proxy or a crashed host may answer with HTML or nothing; the checks below say so.
    }
    if (!response.ok) {
      const failure = apiErrorSchema.safeParse(body);
      if (failure.success) throw new ApiRequestError(failure.data.error.code, failure.data.error.message, response.status, failure.data.error.path);
      throw new ApiRequestError('invalid_response', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiRequestError('invalid_response', `unexpected response: ${parsed.error.message}`, response.status);
    return parsed.data;
  }

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
  };
}
