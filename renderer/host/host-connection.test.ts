import { describe, expect, it, vi } from 'vitest';
import { collabUrl, discoverHost, TOKEN_STORAGE_KEY, type DiscoveryEnvironment } from './host-connection';

function environment(overrides: { desktop?: unknown; hash?: string; stored?: string } = {}) {
  const storage = new Map<string, string>();
  if (overrides.stored !== undefined) storage.set(TOKEN_STORAGE_KEY, overrides.stored);
  const replaceState = vi.fn();
  const env: DiscoveryEnvironment = {
    desktop: overrides.desktop,
    location: { origin: 'http://127.0.0.1:4870', hash: overrides.hash ?? '', pathname: '/', search: '' },
    sessionStorage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
    history: { replaceState, state: null },
  };
  return { env, storage, replaceState };
}

describe('discoverHost', () => {
  it('uses the preload API in Electron', () => {
    const { env } = environment({ desktop: { hostUrl: 'http://127.0.0.1:51234/', token: 'desk' }, hash: '#token=ignored' });
    expect(discoverHost(env)).toEqual({ kind: 'connected', connection: { origin: 'http://127.0.0.1:51234', token: 'desk' } });
  });

  it('takes the token from the fragment once, stores it and clears the address bar', () => {
    const { env, storage, replaceState } = environment({ hash: '#token=s%C3%A9cret' });
    expect(discoverHost(env)).toEqual({ kind: 'connected', connection: { origin: 'http://127.0.0.1:4870', token: 'sécret' } });
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('sécret');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/#/');
  });

  it("takes an invitation link's token and keeps its speech's route", () => {
    const { env, storage, replaceState } = environment({ hash: '#/doc/a%20b?token=inv%2Btok' });
    expect(discoverHost(env)).toEqual({ kind: 'connected', connection: { origin: 'http://127.0.0.1:4870', token: 'inv+tok' } });
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('inv+tok');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/#/doc/a%20b');
  });

  it('ignores a fragment token that does not decode', () => {
    expect(discoverHost(environment({ hash: '#/doc/x?token=%E0%A4%A' }).env).kind).toBe('missing-token');
  });

  it('falls back to the token kept in sessionStorage after a reload', () => {
    const { env, replaceState } = environment({ hash: '#/doc/abc', stored: 'kept' });
    expect(discoverHost(env)).toEqual({ kind: 'connected', connection: { origin: 'http://127.0.0.1:4870', token: 'kept' } });
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('reports a missing token in a browser without one', () => {
    expect(discoverHost(environment({ hash: '#/' }).env)).toEqual({ kind: 'missing-token', origin: 'http://127.0.0.1:4870' });
  });

  it('ignores a malformed preload object', () => {
    expect(discoverHost(environment({ desktop: { hostUrl: 'not a url', token: '' } }).env).kind).toBe('missing-token');
  });
});

describe('collabUrl', () => {
  it('switches to ws and carries the token', () => {
    expect(collabUrl({ origin: 'http://127.0.0.1:4870', token: 'a b' })).toBe('ws://127.0.0.1:4870/collab?token=a+b');
  });

  it('uses wss behind https', () => {
    expect(collabUrl({ origin: 'https://speeches.example', token: 't' })).toBe('wss://speeches.example/collab?token=t');
  });
});
