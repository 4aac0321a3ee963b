import { useCallback, useEffect, useState } from 'react';
import type { VersionSummary } from '../../common/versions';
import { isAbortError } from '../host/api-error';
import type { VersionsClient } from '../host/versions-client';

export type VersionsState = { status: 'loading' } | { status: 'ready'; versions: VersionSummary[] } | { status: 'error'; error: unknown };

/** A speech's versions, loaded while `enabled` (the panel is open) and again on reload(). */
export function useVersions(client: VersionsClient, documentId: string, enabled: boolean): { state: VersionsState; reload: () => void } {
  const [state, setState] = useState<VersionsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    client.list(documentId, { signal: controller.signal }).then(
      (versions) => setState({ status: 'ready', versions }),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [client, documentId, enabled, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
