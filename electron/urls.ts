/**
 * URL decisions the window and IPC guards share: what belongs to this launch's host, and which links may
 * leave the app for the system browser. Pure, so that the rules are unit-tested.
 */

/** The origin of a URL, or null when it does not parse (an unparsable URL never counts as the host). */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** True when `url` is on the host origin exactly (scheme, address and port). */
export function isHostUrl(url: string, hostOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin !== 'null' && origin === hostOrigin;
}

/**
 * The URL to hand to the system browser, or null when the link must not leave the app: only http(s) with
 * a host name and without credentials, so that file:, custom protocol handlers and smb: shares, which
 * shell.openExternal would happily open, never reach the operating system from page content.
 */
export function externalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
