import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../host/api-client';
import { ApiRequestError } from '../../host/api-error';
import { accessOf, type Access } from './access';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'ready'; access: Access }
  /** The host refused the token; `ended` when it was an invitation that was revoked or expired. */
  | { kind: 'rejected'; ended: boolean }
  | { kind: 'failed'; error: unknown; retry: () => void };

/**
 * Asks the host what the token is (GET /api/session) before any screen shows: an invitation must never see
 * the library. A refused token gets its own screen, since every request would fail the same way.
 */
export function useSession(api: ApiClient): SessionState {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    api.session().then(
      (session) => {
        if (current) setState({ kind: 'ready', access: accessOf(session) });
      },
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiRequestError && error.code === 'unauthorized') setState({ kind: 'rejected', ended: error.message.includes('invitation') });
        else setState({ kind: 'failed', error, retry });
      },
    );
    return () => {
      current = false;
    };
  }, [api, attempt, retry]);
  return state;
}
