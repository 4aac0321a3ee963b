/**
 * Registers the app shell's service worker (service-worker.ts) in a browser. Not in the desktop window: its
 * host runs beside it and is never unreachable, and each launch gets a new port, so a worker per launch
 * would only pile up caches. Not in development: Vite's dev server has no built worker.
 */
export function registerShellWorker(environment: { production: boolean; desktop: unknown; navigator: Navigator; location: Location }): void {
  const { production, desktop, navigator, location } = environment;
  if (!production || desktop !== undefined || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  // A failed registration only costs starting without the host; the app works the same otherwise.
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => console.warn('service worker not registered:', error));
}
