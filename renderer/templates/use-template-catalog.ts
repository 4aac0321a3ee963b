import { useCallback, useEffect, useState } from 'react';
import type { TemplateCatalog } from '../../common/api';
import type { ApiClient } from '../host/api-client';

export type CatalogState = { status: 'loading' } | { status: 'ready'; catalog: TemplateCatalog } | { status: 'error'; error: unknown };

/** The host's template catalog, loaded on mount and again on reload() (after saving a template). */
export function useTemplateCatalog(api: ApiClient): { state: CatalogState; reload: () => void } {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    api.templates().then(
      (catalog) => current && setState({ status: 'ready', catalog }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
