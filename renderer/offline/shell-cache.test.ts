import { describe, expect, it } from 'vitest';
import { assetFromCache, dropOlderShells, keepShell, pageFirstFromNetwork, type ShellCacheContext } from './shell-cache';
import { shellCacheName } from './shell-routes';

const SCOPE = 'http://127.0.0.1:4870/';
const PAGE_KEY = SCOPE;
const keyOf = (request: RequestInfo | URL) => (request instanceof Request ? request.url : String(request));

/** The part of the Cache API the worker uses, in memory; bodies are read back as text. */
class MemoryCache {
  readonly entries = new Map<string, { body: string; type: string }>();
  constructor(private readonly fetch: (url: string) => Promise<Response>) {}
  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    const entry = this.entries.get(keyOf(request));
    return entry && new Response(entry.body, { headers: { 'Content-Type': entry.type } });
  }
  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    this.entries.set(keyOf(request), { body: await response.text(), type: response.headers.get('content-type') ?? '' });
  }
  async addAll(requests: RequestInfo[]): Promise<void> {
    for (const request of requests) {
      const response = await this.fetch(keyOf(request));
      if (!response.ok) throw new TypeError(`${keyOf(request)} answered ${response.status}`);
      await this.put(request, response);
    }
  }
}

/** A host serving a few files, that can be made unreachable; unknown paths get the page, as the real host does. */
function setUp(files: Record<string, string> = {}) {
  const host = { reachable: true, files: { [SCOPE]: '<html>new page</html>', ...files } as Record<string, string> };
  const fetch = async (request: Request | string): Promise<Response> => {
    if (!host.reachable) throw new TypeError('Failed to fetch');
    const url = keyOf(request);
    const body = host.files[url];
    if (body === undefined) return new Response(host.files[SCOPE], { headers: { 'Content-Type': 'text/html' } });
    return new Response(body, { headers: { 'Content-Type': url.endsWith('.js') ? 'text/javascript' : 'text/html' } });
  };
  const stores = new Map<string, MemoryCache>();
  const caches = {
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new MemoryCache(fetch));
      return stores.get(name) as unknown as Cache;
    },
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const context: ShellCacheContext = { caches, fetch, cacheName: shellCacheName('v2') };
  return { host, stores, context, kept: () => stores.get(context.cacheName)?.entries };
}

describe('the shell cache', () => {
  it('keeps every shell file at install, and fails the install when one is missing', async () => {
    const { context, kept, host } = setUp({ [`${SCOPE}assets/a-1.js`]: 'a' });
    await keepShell(context, [SCOPE, `${SCOPE}assets/a-1.js`]);
    expect([...(kept()?.keys() ?? [])]).toEqual([SCOPE, `${SCOPE}assets/a-1.js`]);
    host.reachable = false;
    await expect(keepShell(context, [`${SCOPE}assets/b-1.js`])).rejects.toThrow('Failed to fetch');
  });

  it('serves the page from the host and keeps it, and the kept page while the host is unreachable', async () => {
    const { context, host } = setUp();
    const request = new Request(`${SCOPE}#/doc/abc`);
    expect(await (await pageFirstFromNetwork(context, request, PAGE_KEY)).text()).toBe('<html>new page</html>');
    host.files[SCOPE] = '<html>newer page</html>';
    host.reachable = false;
    expect(await (await pageFirstFromNetwork(context, request, PAGE_KEY)).text()).toBe('<html>new page</html>');
    host.reachable = true;
    expect(await (await pageFirstFromNetwork(context, request, PAGE_KEY)).text()).toBe('<html>newer page</html>');
  });

  it('fails like the network when the host is unreachable and no page was kept', async () => {
    const { context, host } = setUp();
    host.reachable = false;
    await expect(pageFirstFromNetwork(context, new Request(SCOPE), PAGE_KEY)).rejects.toThrow('Failed to fetch');
  });

  it('answers assets from the cache first, fetching and keeping one it lacks', async () => {
    const { context, host, kept } = setUp({ [`${SCOPE}assets/a-1.js`]: 'first' });
    const request = new Request(`${SCOPE}assets/a-1.js`);
    expect(await (await assetFromCache(context, request)).text()).toBe('first');
    host.files[`${SCOPE}assets/a-1.js`] = 'changed';
    host.reachable = false;
    expect(await (await assetFromCache(context, request)).text()).toBe('first');
    expect(kept()?.has(request.url)).toBe(true);
  });

  it('does not keep the page the host answers for an asset it no longer has', async () => {
    const { context, kept } = setUp();
    const request = new Request(`${SCOPE}assets/gone-1.js`);
    const response = await assetFromCache(context, request);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(kept()?.has(request.url)).toBe(false);
  });

  it('drops the caches of older shells and nothing else', async () => {
    const { context, stores } = setUp();
    for (const name of [shellCacheName('v1'), shellCacheName('v2'), 'other-app']) await context.caches.open(name);
    await dropOlderShells(context);
    expect([...stores.keys()].sort()).toEqual(['other-app', shellCacheName('v2')].sort());
  });
});
