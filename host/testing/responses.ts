import { expect } from 'vitest';
import { apiErrorSchema } from '../../common/api';

/** Checks for API responses in host tests. */

/** The response's JSON body, once its status is checked; a wrong status shows the body, which says why. */
export async function json<T = unknown>(response: Response, status = 200): Promise<T> {
  const body = (await response.json()) as T;
  expect(response.status, JSON.stringify(body)).toBe(status);
  return body;
}

/** Checks that the host refused with `status` and the error `code`; returns the error message. */
export async function refused(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status);
  const body = apiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body.error.message;
}
