import type { ApiErrorCode } from '../../common/api';

/** The host's error codes, plus the two ways a request fails before the host can answer with one. */
export type ApiFailureCode = ApiErrorCode | 'network' | 'invalid_response';

/**
 * A failed API request. `message` is the host's English message (or the transport's); the UI shows a
 * translated sentence for `code` and keeps `message` as the detail.
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly code: ApiFailureCode,
    message: string,
    readonly status: number,
    /** For validation errors: where in the request, e.g. "body.title". */
    readonly path?: string,
  ) {
    super(message);
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
