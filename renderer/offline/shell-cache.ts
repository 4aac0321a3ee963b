import { SHELL_CACHE_PREFIX } from './shell-routes';

/**
 * What the service worker does with its cache, apart from the worker's globals so that it can be tested:
 * `caches` and `fetch` are the worker's own in service-worker.ts.
 */
export interface ShellCacheContext {
  caches: Pick<CacheStorage, 'open' | 'keys' | 'delete'>;
  fetch: (request: Request | string) => Promise<Response>;
  /** This worker's cache (shellCacheName of its manifest version). */
  cacheName: string;
}

/** Keeps every file of the shell; fails (and so fails the install) when one cannot be fetched. */
export async function keepShell(context: ShellCacheContext, urls: readonly string[]): Promise<void> {
  const cache = await context.caches.open(context.cacheName);
  await cache.addAll([...urls]);
}

/** Deletes the caches of earlier builds' workers. */
export async function dropOlderShells(context: ShellCacheContext): Promise<void> {
  const names = await context.caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== context.cacheName).map((name) => context.caches.delete(name)));
}

/** The page from the host, kept under `pageKey` for next time; the kept one while the host is unreachable. */
export async function pageFirstFromNetwork(context: ShellCacheContext, request: Request, pageKey: string): Promise<Response> {
  const cache = await context.caches.open(context.cacheName);
  try {
    const response = await context.fetch(request);
    if (response.ok) await cache.put(pageKey, response.clone());
    return response;
  } catch (unreachable) {
    const kept = await cache.match(pageKey);
    if (kept) return kept;
    throw unreachable;
  }
}

/** A hashed asset from the cache, fetched and kept when it is not there yet. */
export async function assetFromCache(context: ShellCacheContext, request: Request): Promise<Response> {
  const cache = await context.caches.open(context.cacheName);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await context.fetch(request);
  // The host answers an unknown path with the page: a missing asset of an older build must not be kept as one.
  if (response.ok && !response.headers.get('content-type')?.startsWith('text/html')) await cache.put(request, response.clone());
  return response;
}
