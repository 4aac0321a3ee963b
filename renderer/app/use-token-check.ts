import { useEffect, useState } from 'react';
import type { ApiClient } from '../host/api-client';
import { ApiRequestError } from '../host/api-error';

/**
 * Asks the host once whether it accepts the token. A refused token gets its own screen: every request
 * would fail the same way, and the fix (open the printed address again) is not on the library screen.
 * Other failures are left to the screens, which show and retry them.
 */
export function useTokenRejected(api: ApiClient): boolean {
  const [rejected, setRejected] = useState(false);
  useEffect(() => {
    let current = true;
    setRejected(false);
    api.session().catch((error: unknown) => {
      if (current && error instanceof ApiRequestError && error.code === 'unauthorized') setRejected(true);
    });
    return () => {
      current = false;
    };
  }, [api]);
  return rejected;
}
