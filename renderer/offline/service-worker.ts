/**
 * The service worker of the app shell (built to dist/renderer/sw.js by scripts/shell-worker-plugin.ts):
 * it keeps the page and the built assets so that the app starts, and a speech opens from its local copy,
 * while the host is unreachable. Which request is answered how is decided in shell-routes.ts, and done in
 * shell-cache.ts.
 */
import { SHELL_MANIFEST_PLACEHOLDER, type ShellManifest } from './shell-manifest';
import { assetFromCache, dropOlderShells, keepShell, pageFirstFromNetwork, type ShellCacheContext } from './shell-cache';
import { shellCacheName, shellStrategy } from './shell-routes';

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

const context: ShellCacheContext = { caches, fetch: (request) => fetch(request), cacheName };

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell(context, manifest.files.map((file) => new URL(file, scope).href)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Takes over the page that registered it, so that the first visit is already kept.
  event.waitUntil(dropOlderShells(context).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const strategy = shellStrategy(event.request, scope);
  if (strategy === 'network-first') event.respondWith(pageFirstFromNetwork(context, event.request, pageKey));
  else if (strategy === 'cache-first') event.respondWith(assetFromCache(context, event.request));
});
