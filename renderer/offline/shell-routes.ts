/**
 * How the service worker answers each request (renderer/offline/service-worker.ts). The page is asked of
 * the host first so that a new build shows at once, and taken from the cache only when the host is
 * unreachable; hashed assets never change under their name, so the cache answers first. API calls and the
 * collaboration socket are never touched: their data must not outlive the host's answer (the speech screen
 * keeps what it needs to open offline itself).
 */
export type ShellStrategy = 'network-first' | 'cache-first' | 'network-only';

export interface ShellRequest {
  method: string;
  url: string;
  mode: string;
}

export function shellStrategy(request: ShellRequest, scope: string): ShellStrategy {
  if (request.method !== 'GET') return 'network-only';
  const url = new URL(request.url);
  const base = new URL(scope);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return 'network-only';
  const path = url.pathname.slice(base.pathname.length);
  if (path === 'api' || path.startsWith('api/') || path === 'collab' || path.startsWith('collab/')) return 'network-only';
  if (request.mode === 'navigate' || path === '' || path === 'index.html') return 'network-first';
  if (path.startsWith('assets/')) return 'cache-first';
  return 'network-only';
}

/** The cache a worker of this manifest version fills; older ones are deleted when it takes over. */
export const SHELL_CACHE_PREFIX = 'speechdesk-shell-';
export const shellCacheName = (version: string): string => `${SHELL_CACHE_PREFIX}${version}`;
