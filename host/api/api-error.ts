import type { FastifyError, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { MAX_JSON_BODY_BYTES, type ApiError, type ApiErrorCode } from '../../common/api';
import { LibraryError } from '../library/library';

/** A refusal at the HTTP edge, answered with the contract's error body. */
export class ApiHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ApiHttpError';
  }
}

export function sendApiError(reply: FastifyReply, error: ApiHttpError): FastifyReply {
  const body: ApiError = { error: { code: error.code, message: error.message, ...(error.path ? { path: error.path } : {}) } };
  return reply.code(error.statusCode).type('application/json; charset=utf-8').send(body);
}

/** Parses one part of a request (`where`: body, query) or throws a 400 that names the offending field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map(String)].join('.');
  throw new ApiHttpError(400, 'bad_request', `${path}: ${issue?.message ?? 'invalid'}`, path);
}

/** Maps whatever a route or Fastify itself threw to the error the contract promises. */
export function toApiHttpError(error: unknown): ApiHttpError {
  if (error instanceof ApiHttpError) return error;
  if (error instanceof LibraryError) return new ApiHttpError(error.code === 'not_found' ? 404 : 409, error.code, error.message);
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiHttpError(413, 'payload_too_large', `request body is larger than ${MAX_JSON_BODY_BYTES} bytes`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiHttpError(415, 'bad_request', 'request body must be application/json');
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return new ApiHttpError(status, status === 413 ? 'payload_too_large' : 'bad_request', fastifyError.message ?? 'bad request');
  }
  return new ApiHttpError(500, 'internal', 'internal error');
}
