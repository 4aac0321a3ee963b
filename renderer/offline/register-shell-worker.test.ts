import { describe, expect, it } from 'vitest';
import { registerShellWorker } from './register-shell-worker';

function environment(overrides: { production?: boolean; desktop?: unknown; protocol?: string; serviceWorker?: boolean } = {}) {
  const registered: Array<{ url: string; scope: string | undefined }> = [];
  const serviceWorker = {
    register: async (url: string, options?: RegistrationOptions) => {
      registered.push({ url, scope: options?.scope });
      return {} as ServiceWorkerRegistration;
    },
  };
  const navigator = (overrides.serviceWorker === false ? {} : { serviceWorker }) as Navigator;
  return {
    registered,
    environment: {
      production: overrides.production ?? true,
      desktop: overrides.desktop,
      navigator,
      location: { protocol: overrides.protocol ?? 'http:' } as Location,
    },
  };
}

describe('registerShellWorker', () => {
  it('registers the built worker for the whole app in a browser', () => {
    const { registered, environment: env } = environment();
    registerShellWorker(env);
    expect(registered).toEqual([{ url: './sw.js', scope: './' }]);
  });

  it('registers nothing in the desktop window, in development, or where workers are unavailable', () => {
    for (const overrides of [{ desktop: { hostUrl: 'http://127.0.0.1:1' } }, { production: false }, { serviceWorker: false }, { protocol: 'file:' }]) {
      const { registered, environment: env } = environment(overrides);
      registerShellWorker(env);
      expect(registered).toEqual([]);
    }
  });
});
