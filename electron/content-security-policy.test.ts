import type { HeadersReceivedResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { applyContentSecurityPolicy } from './content-security-policy';

const HOST = 'http://127.0.0.1:4870';
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws://127.0.0.1:*; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function responseFor(url: string, responseHeaders?: Record<string, string[]>): HeadersReceivedResponse {
  let response: HeadersReceivedResponse | undefined;
  applyContentSecurityPolicy({ url, responseHeaders }, HOST, (given) => (response = given));
  if (response === undefined) throw new Error('callback not called');
  return response;
}

describe('applyContentSecurityPolicy', () => {
  it('adds the agreed policy to host responses and keeps their other headers', () => {
    expect(responseFor(`${HOST}/index.html`, { 'Content-Type': ['text/html'] })).toEqual({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [POLICY] },
    });
  });

  it('keeps a policy the host sent, whatever its header case, under one header', () => {
    expect(responseFor(`${HOST}/`, { 'content-security-policy': ["default-src 'none'"] })).toEqual({
      responseHeaders: { 'Content-Security-Policy': [POLICY, "default-src 'none'"] },
    });
  });

  it('works without response headers', () => {
    expect(responseFor(`${HOST}/`)).toEqual({ responseHeaders: { 'Content-Security-Policy': [POLICY] } });
  });

  it('leaves responses from other origins unchanged', () => {
    expect(responseFor('http://127.0.0.1:9999/', { a: ['1'] })).toEqual({});
    expect(responseFor('devtools://devtools/bundled/index.html')).toEqual({});
  });
});
