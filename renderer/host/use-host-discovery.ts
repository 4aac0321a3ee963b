import { useEffect, useState } from 'react';
import type { HostDiscovery } from './host-connection';

/**
 * Runs discovery once, and again whenever the fragment changes while the token is missing: a user who
 * pastes the printed `#token=…` address into the tab showing the explanation only changes the fragment,
 * which does not reload the page.
 */
export function useHostDiscovery(discover: () => HostDiscovery): HostDiscovery {
  const [discovery, setDiscovery] = useState(discover);
  const missing = discovery.kind === 'missing-token';
  useEffect(() => {
    if (!missing) return;
    const retry = () => setDiscovery(discover());
    window.addEventListener('hashchange', retry);
    return () => window.removeEventListener('hashchange', retry);
  }, [missing, discover]);
  return discovery;
}
