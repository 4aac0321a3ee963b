import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { sessionResponseSchema } from '../../../common/api';
import type { ApiClient } from '../../host/api-client';
import { ApiRequestError } from '../../host/api-error';
import { accessOf, type Access } from './access';
import { takePrefetchedSession } from './session-prefetch';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'ready'; access: Access }
  /** The host refused the token; `ended` when it was an invitation that was revoked or expired. */
  | { kind: 'rejected'; ended: boolean }
  | { kind: 'failed'; error: unknown; retry: () => void };

export const SESSION_STORAGE_KEY = 'speechdesk.session';

/** The last session the host confirmed for a token, kept for the tab: a reload while offline still knows the role. */
const rememberedSchema = z.object({ token: z.string(), session: sessionResponseSchema.pick({ role: true, speechId: true }) });

function remembered(storage: Pick<Storage, 'getItem'>, token: string): Access | null {
  try {
    const parsed = rememberedSchema.safeParse(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? 'null'));
    return parsed.success && parsed.data.token === token ? accessOf(parsed.data.session) : null;
  } catch {
    return null;
  }
}

/**
 * Asks the host what the token is (GET /api/session) before any screen shows: an invitation must never see
 * the library. A refused token gets its own screen, since every request would fail the same way. When the host
 * cannot be reached, the role it confirmed earlier in this tab stands, so that the offline copy still opens.
 */
export function useSession(api: ApiClient, token: string, storage: Pick<Storage, 'getItem' | 'setItem'> = window.sessionStorage): SessionState {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    (takePrefetchedSession(token) ?? api.session()).then(
      (session) => {
        if (!current) return;
        storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token, session: { role: session.role, speechId: session.speechId } }));
        setState({ kind: 'ready', access: accessOf(session) });
      },
      (error: unknown) => {
        if (!current) return;
        const unreachable = error instanceof ApiRequestError && error.code === 'network';
        const earlier = unreachable ? remembered(storage, token) : null;
        if (earlier) setState({ kind: 'ready', access: earlier });
        else if (error instanceof ApiRequestError && error.code === 'unauthorized') setState({ kind: 'rejected', ended: error.message.includes('invitation') });
        else setState({ kind: 'failed', error, retry });
      },
    );
    return () => {
      current = false;
    };
  }, [api, token, storage, attempt, retry]);
  return state;
}
