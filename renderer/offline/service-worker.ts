/**
 * The service worker of the app shell (built to dist/renderer/sw.js by scripts/shell-worker-plugin.ts):
 * it keeps the page and the built assets so that the app starts, and a speech opens from its local copy,
 * while the host is unreachable. Which request is answered how is decided in shell-routes.ts.
 */
import { SHELL_MANIFEST_PLACEHOLDER, type ShellManifest } from './shell-manifest';
import { SHELL_CACHE_PREFIX, shellCacheName, shellStrategy } from './shell-routes';

// The DOM library's types are in scope for the renderer; the few worker ones needed here are declared.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
declare const self: WorkerScope;

const manifest = JSON.parse(SHELL_MANIFEST_PLACEHOLDER) as ShellManifest;
const cacheName = shellCacheName(manifest.version);
const scope = self.registration.scope;
/** The page is kept under the scope's own address, whichever route was opened. */
const pageKey = new URL('./', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(manifest.files.map((file) => new URL(file, scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== cacheName).map((name) => caches.delete(name))))
      // Takes over the page that registered it, so that the first visit is already kept.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const strategy = shellStrategy(event.request, scope);
  if (strategy === 'network-first') event.respondWith(pageFirstFromNetwork(event.request));
  else if (strategy === 'cache-first') event.respondWith(assetFromCache(event.request));
});

async function pageFirstFromNetwork(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(pageKey, response.clone());
    return response;
  } catch (unreachable) {
    const kept = await cache.match(pageKey);
    if (kept) return kept;
    throw unreachable;
  }
}

async function assetFromCache(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
