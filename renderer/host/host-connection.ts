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
/** An invitation link's fragment (common/invitations.ts): the speech's route with the token. */
const INVITATION_FRAGMENT = /^(#\/doc\/[^/?#]+)\?token=([^&#]+)$/;

/** The token a fragment carries and the route to show instead: the host's printed `#token=…`, or an invitation link. */
function tokenInFragment(hash: string): { token: string; route: string } | null {
  try {
    const printed = TOKEN_FRAGMENT.exec(hash);
    if (printed?.[1]) return { token: decodeURIComponent(printed[1]), route: '#/' };
    const invitation = INVITATION_FRAGMENT.exec(hash);
    if (invitation?.[1] && invitation[2]) return { token: decodeURIComponent(invitation[2]), route: invitation[1] };
  } catch {
    // A malformed escape is no token.
  }
  return null;
}

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
  const fromFragment = tokenInFragment(env.location.hash);
  if (fromFragment !== null) {
    const { token, route } = fromFragment;
    env.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    // Keeps the token out of the address bar, bookmarks and screenshots; the route it came with takes its place.
    env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}${route}`);
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
