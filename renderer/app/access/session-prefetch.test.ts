import { describe, expect, it, vi } from 'vitest';
import type { SessionResponse } from '../../../common/api';
import type { ApiClient } from '../../host/api-client';
import { prefetchSession, takePrefetchedSession } from './session-prefetch';

const owner = { role: 'owner', speechId: null } as unknown as SessionResponse;

describe('prefetchSession', () => {
  it('hands the answer to the first taker for the same token only, once', async () => {
    const session = vi.fn(async () => owner);
    prefetchSession({ session } as unknown as ApiClient, 'token-a');
    expect(session).toHaveBeenCalledTimes(1);
    expect(takePrefetchedSession('token-b')).toBeNull();
    await expect(takePrefetchedSession('token-a')).resolves.toBe(owner);
    expect(takePrefetchedSession('token-a')).toBeNull();
  });

  it('keeps a refusal for the taker', async () => {
    prefetchSession({ session: () => Promise.reject(new Error('refused')) } as unknown as ApiClient, 'token-a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takePrefetchedSession('token-a')).rejects.toThrow('refused');
  });
});
