/**
 * Where the renderer finds its host and the token that opens it (see docs/design.md, "Processes").
 * Electron's preload hands both over on window.speechdesk; a browser uses its own origin and takes the
 * token once from `#token=…`, so that the token does not linger in the address bar or the history.
 */
import { z } from 'zod';
import { COLLAB_PATH } from '../../common/api';
import type { DesktopApi } from '../../common/desktop-api';

declare global {
  interface Window {
    /** Present only in the Electron window (electron/preload.ts). */
    speechdesk?: DesktopApi;
  }
}

export interface HostConnection {
  /** Origin of the host, e.g. http://127.0.0.1:4870 (no trailing slash). */
  origin: string;
  token: string;
}

export type HostDiscovery =
  | { kind: 'connected'; connection: HostConnection }
  | { kind: 'missing-token'; origin: string };

/** The part of the preload API the renderer needs to reach the host, checked because a bad preload must not half-work. */
const desktopHostSchema = z.object({ hostUrl: z.url(), token: z.string().min(1) });

export const TOKEN_STORAGE_KEY = 'speechdesk.token';
const TOKEN_FRAGMENT = /^#token=([^&]+)$/;

/** The browser surface discovery reads; injectable so that tests need no real window. */
export interface DiscoveryEnvironment {
  desktop: unknown;
  location: Pick<Location, 'origin' | 'hash' | 'pathname' | 'search'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

export function discoverHost(env: DiscoveryEnvironment): HostDiscovery {
  const desktop = desktopHostSchema.safeParse(env.desktop);
  if (desktop.success) {
    return { kind: 'connected', connection: { origin: new URL(desktop.data.hostUrl).origin, token: desktop.data.token } };
  }
  const origin = env.location.origin;
  const fromFragment = TOKEN_FRAGMENT.exec(env.location.hash)?.[1];
  if (fromFragment !== undefined) {
    const token = decodeURIComponent(fromFragment);
    env.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    // Keeps the token out of the address bar, bookmarks and screenshots; the library route takes its place.
    env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}#/`);
    return { kind: 'connected', connection: { origin, token } };
  }
  const stored = env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  if (stored) return { kind: 'connected', connection: { origin, token: stored } };
  return { kind: 'missing-token', origin };
}

export function discoverHostInWindow(): HostDiscovery {
  return discoverHost({
    desktop: window.speechdesk,
    location: window.location,
    sessionStorage: window.sessionStorage,
    history: window.history,
  });
}

/** The Hocuspocus endpoint on the host's origin; the token rides in the query so the upgrade itself is checked. */
export function collabUrl(connection: HostConnection): string {
  const url = new URL(COLLAB_PATH, connection.origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', connection.token);
  return url.toString();
}
