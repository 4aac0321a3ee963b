/**
 * The Content-Security-Policy the desktop window enforces on the host's pages. It is added by the main
 * process (session.webRequest.onHeadersReceived) rather than trusted to the host, so that the window is
 * locked down even if the host's own headers change. Pure, so that the header merge is unit-tested.
 */
import { isHostUrl } from './urls';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // ProseMirror and React set style attributes on nodes; without 'unsafe-inline' the editor breaks.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' ws://127.0.0.1:*",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HEADER = 'content-security-policy';

/**
 * Response headers with our policy added, for responses from the host; other responses are returned as
 * they are. A policy the host already sent is kept: browsers enforce every policy present, so ours can
 * only narrow what the page may do, never widen it.
 */
export function withContentSecurityPolicy(
  url: string,
  hostOrigin: string,
  headers: Record<string, string[]> | undefined,
): Record<string, string[]> {
  const result = { ...headers };
  if (!isHostUrl(url, hostOrigin)) return result;
  const existingKey = Object.keys(result).find((key) => key.toLowerCase() === HEADER);
  const key = existingKey ?? 'Content-Security-Policy';
  result[key] = [...(result[key] ?? []), CONTENT_SECURITY_POLICY];
  return result;
}
