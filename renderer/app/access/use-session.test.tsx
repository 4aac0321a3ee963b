import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../../host/api-error';
import { createFakeApi } from '../../testing/fake-api';
import { render, settle, type Rendered } from '../../testing/render';
import { SESSION_STORAGE_KEY, useSession, type SessionState } from './use-session';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

async function sessionOf(api: ReturnType<typeof createFakeApi>['api'], token: string, storage: Pick<Storage, 'getItem' | 'setItem'>): Promise<SessionState> {
  let seen: SessionState = { kind: 'loading' };
  function Probe() {
    seen = useSession(api, token, storage);
    return null;
  }
  rendered?.unmount();
  rendered = await render(<Probe />);
  await settle();
  return seen;
}

describe('useSession', () => {
  it('keeps the role the host confirmed, for a reload while the host cannot be reached', async () => {
    const storage = memoryStorage();
    const { api } = createFakeApi();
    api.session = vi.fn().mockResolvedValue({ version: 't', collabPath: '/collab', role: 'commenter', speechId: 's1' });
    expect(await sessionOf(api, 'tok', storage)).toMatchObject({ kind: 'ready', access: { role: 'commenter', speechId: 's1' } });
    expect(storage.getItem(SESSION_STORAGE_KEY)).toContain('commenter');

    api.session = vi.fn().mockRejectedValue(new ApiRequestError('network', 'Failed to fetch', 0));
    expect(await sessionOf(api, 'tok', storage)).toMatchObject({ kind: 'ready', access: { role: 'commenter', speechId: 's1' } });
    // Another token's session is not this one's.
    expect((await sessionOf(api, 'other', storage)).kind).toBe('failed');
  });

  it('never lets a remembered role outlive a refusal', async () => {
    const storage = memoryStorage();
    const { api } = createFakeApi();
    await sessionOf(api, 'tok', storage);
    api.session = vi.fn().mockRejectedValue(new ApiRequestError('unauthorized', 'bearer token refused: this invitation was revoked', 401));
    expect(await sessionOf(api, 'tok', storage)).toEqual({ kind: 'rejected', ended: true });
  });
});
