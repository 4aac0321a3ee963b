/**
 * The one HTTP path to the host: Bearer token, JSON or raw bytes out, the contract's zod schemas on what comes
 * back, and every failure as an ApiRequestError carrying the host's `{error:{code,message,path}}`. The API,
 * indicator and version clients are thin tables of routes over this.
 */
import type { z } from 'zod';
import { apiErrorSchema } from '../../common/api';
import { ApiRequestError, isAbortError } from './api-error';
import type { HostConnection } from './host-connection';

export type Fetch = typeof fetch;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A JSON value, or a file's raw bytes. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export interface HostHttp {
  /** The response of a request that succeeded (2xx); anything else throws. */
  send(path: string, options?: RequestOptions): Promise<Response>;
  /** The response body, parsed with the contract's schema. */
  json<Schema extends z.ZodType>(schema: Schema, path: string, options?: RequestOptions): Promise<z.infer<Schema>>;
}

export function createHostHttp(connection: HostConnection, fetchImpl: Fetch = fetch.bind(globalThis)): HostHttp {
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
        // Copied: fetch refuses a view on another realm's buffer.
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

  return { send, json };
}

/** Rejects a request body the host would refuse anyway, with the same error shape (path body.…), without a round trip. */
export function checkedBody<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
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
