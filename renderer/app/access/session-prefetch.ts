import type { SessionResponse } from '../../../common/api';
import type { ApiClient } from '../../host/api-client';

let prefetched: { token: string; session: Promise<SessionResponse> } | null = null;

/**
 * Asks the host about the token while the app's scripts are still starting: nothing shows before the answer
 * (useSession), and asking from React's first effect put the question after the first paint.
 */
export function prefetchSession(api: ApiClient, token: string): void {
  const session = api.session();
  // Whoever takes it handles a failure; until then it must not count as unhandled.
  session.catch(() => undefined);
  prefetched = { token, session };
}

/** The prefetched answer for `token`, once: a retry, or another token, asks the host again. */
export function takePrefetchedSession(token: string): Promise<SessionResponse> | null {
  if (prefetched?.token !== token) return null;
  const { session } = prefetched;
  prefetched = null;
  return session;
}
