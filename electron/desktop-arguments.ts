/**
 * How the host URL and token travel from the main process to the preload: as extra command-line switches
 * of the renderer process (webPreferences.additionalArguments), which the sandboxed preload reads from
 * process.argv. They are known before the window exists, so the preload can expose them synchronously
 * without an IPC round trip (see docs/desktop.md). Shared by window.ts and preload.ts; no imports, because
 * the sandboxed preload bundle must stay self-contained.
 */

export interface HostAccess {
  /** Origin of the host, e.g. http://127.0.0.1:51234 */
  hostUrl: string;
  token: string;
}

const HOST_URL_SWITCH = '--speechdesk-host-url=';
const TOKEN_SWITCH = '--speechdesk-token=';
/** The shape of newHostToken() in host-process.ts; anything else did not come from the main process. */
const TOKEN = /^[0-9a-f]{64}$/;
const HOST_URL = /^http:\/\/127\.0\.0\.1:\d{1,5}$/;

export function desktopArguments(access: HostAccess): string[] {
  return [`${HOST_URL_SWITCH}${access.hostUrl}`, `${TOKEN_SWITCH}${access.token}`];
}

/** The host access found in a renderer's argv, or null when either switch is missing or malformed. */
export function readDesktopArguments(argv: readonly string[]): HostAccess | null {
  const value = (prefix: string) => argv.find((argument) => argument.startsWith(prefix))?.slice(prefix.length);
  const hostUrl = value(HOST_URL_SWITCH);
  const token = value(TOKEN_SWITCH);
  if (hostUrl === undefined || token === undefined || !HOST_URL.test(hostUrl) || !TOKEN.test(token)) return null;
  return { hostUrl, token };
}
