import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from './content-security-policy';

const HOST = 'http://127.0.0.1:4870';

describe('CONTENT_SECURITY_POLICY', () => {
  it('holds the agreed directives', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws://127.0.0.1:*; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy to host responses', () => {
    const headers = withContentSecurityPolicy(`${HOST}/index.html`, HOST, { 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('keeps a policy the host sent, whatever the header case', () => {
    const headers = withContentSecurityPolicy(`${HOST}/`, HOST, { 'content-security-policy': ["default-src 'none'"] });
    expect(headers).toEqual({ 'content-security-policy': ["default-src 'none'", CONTENT_SECURITY_POLICY] });
  });

  it('works without response headers', () => {
    expect(withContentSecurityPolicy(`${HOST}/`, HOST, undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('leaves other origins alone and does not mutate its input', () => {
    const input = { a: ['1'] };
    expect(withContentSecurityPolicy('http://127.0.0.1:9999/', HOST, input)).toEqual({ a: ['1'] });
    withContentSecurityPolicy(`${HOST}/`, HOST, input);
    expect(input).toEqual({ a: ['1'] });
  });
});
