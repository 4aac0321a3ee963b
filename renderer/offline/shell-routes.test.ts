import { describe, expect, it } from 'vitest';
import { shellCacheName, shellStrategy, SHELL_CACHE_PREFIX } from './shell-routes';

const SCOPE = 'http://127.0.0.1:4870/';
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: `http://127.0.0.1:4870${path}`, mode });

describe('shellStrategy', () => {
  it('asks the host for the page first, whatever the route', () => {
    expect(shellStrategy(get('/', 'navigate'), SCOPE)).toBe('network-first');
    expect(shellStrategy(get('/index.html'), SCOPE)).toBe('network-first');
    expect(shellStrategy(get('/speech/abc', 'navigate'), SCOPE)).toBe('network-first');
  });

  it('answers hashed assets from the cache', () => {
    expect(shellStrategy(get('/assets/index-K6Xiy2JE.js'), SCOPE)).toBe('cache-first');
    expect(shellStrategy(get('/assets/index-ulWNjpNb.css'), SCOPE)).toBe('cache-first');
  });

  it('never touches the API, the collaboration socket, other methods or other origins', () => {
    expect(shellStrategy(get('/api/documents/abc'), SCOPE)).toBe('network-only');
    expect(shellStrategy(get('/api'), SCOPE)).toBe('network-only');
    expect(shellStrategy(get('/api/documents', 'navigate'), SCOPE)).toBe('network-only');
    expect(shellStrategy(get('/collab?token=t'), SCOPE)).toBe('network-only');
    expect(shellStrategy({ method: 'POST', url: `${SCOPE}assets/x.js`, mode: 'cors' }, SCOPE)).toBe('network-only');
    expect(shellStrategy({ method: 'GET', url: 'http://example.com/assets/x.js', mode: 'cors' }, SCOPE)).toBe('network-only');
    expect(shellStrategy(get('/sw.js'), SCOPE)).toBe('network-only');
  });

  it('keeps to its scope', () => {
    const scope = 'http://127.0.0.1:4870/app/';
    expect(shellStrategy(get('/app/assets/a.js'), scope)).toBe('cache-first');
    expect(shellStrategy(get('/assets/a.js'), scope)).toBe('network-only');
    expect(shellStrategy(get('/app/api/documents'), scope)).toBe('network-only');
  });

  it('names caches by manifest version under one prefix', () => {
    expect(shellCacheName('abc')).toBe(`${SHELL_CACHE_PREFIX}abc`);
  });
});
