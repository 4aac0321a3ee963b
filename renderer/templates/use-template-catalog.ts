import { useCallback, useEffect, useState } from 'react';
import type { TemplateCatalog } from '../../common/api';
import type { ApiClient } from '../host/api-client';

export type CatalogState = { status: 'loading' } | { status: 'ready'; catalog: TemplateCatalog } | { status: 'error'; error: unknown };

/**
 * The host's template catalog, loaded once `wanted` (at mount by default; the speech screen asks when its
 * gallery first opens, so that opening a speech does not wait behind it) and again on reload() (after saving
 * a template).
 */
export function useTemplateCatalog(api: ApiClient, wanted = true): { state: CatalogState; reload: () => void } {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [requested, setRequested] = useState(wanted);
  // Once asked for, the catalog stays loaded: closing and reopening the gallery does not fetch it again.
  if (wanted && !requested) setRequested(true);
  useEffect(() => {
    if (!requested) return undefined;
    let current = true;
    api.templates().then(
      (catalog) => current && setState({ status: 'ready', catalog }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, generation, requested]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
