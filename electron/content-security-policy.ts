/**
 * The Content-Security-Policy the desktop window enforces on the host's pages. It is added by the main
 * process (session.webRequest.onHeadersReceived) rather than trusted to the host, so that the window is
 * locked down even if the host's own headers change. Pure (it only calls the callback it is given), so
 * that the header handling is unit-tested.
 */
import type { HeadersReceivedResponse, OnHeadersReceivedListenerDetails } from 'electron';
import { isHostUrl } from './urls';

const HEADER = 'content-security-policy';

/**
 * An onHeadersReceived listener body: host responses get our policy, every other response passes unchanged.
 * A policy the host sent itself is kept beside ours (under whatever header case it used): browsers enforce
 * every policy present, so ours can only narrow what the page may do, never widen it.
 */
export function applyContentSecurityPolicy(
  details: Pick<OnHeadersReceivedListenerDetails, 'url' | 'responseHeaders'>,
  hostOrigin: string,
  callback: (response: HeadersReceivedResponse) => void,
): void {
  if (!isHostUrl(details.url, hostOrigin)) {
    callback({});
    return;
  }
  const headers = Object.entries(details.responseHeaders ?? {});
  const others = Object.fromEntries(headers.filter(([name]) => name.toLowerCase() !== HEADER));
  const hostPolicies = headers.filter(([name]) => name.toLowerCase() === HEADER).flatMap(([, values]) => values);
  // One literal, written where the response is built, so that the electronegativity check can read and grade it.
  // style-src needs 'unsafe-inline' because ProseMirror and React set style attributes on nodes.
  callback({
    responseHeaders: {
      ...others,
      'Content-Security-Policy': [
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws://127.0.0.1:*; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ...hostPolicies,
      ],
    },
  });
}
