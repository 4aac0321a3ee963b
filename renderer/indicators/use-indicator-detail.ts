import { useCallback, useEffect, useState } from 'react';
import type { HistoryEntry, IndicatorWithObservations } from '../../common/indicators';
import { isAbortError } from '../host/api-error';
import type { IndicatorsClient } from '../host/indicators-client';

export type IndicatorDetailState =
  | { status: 'loading' }
  | { status: 'ready'; indicator: IndicatorWithObservations; history: HistoryEntry[] }
  | { status: 'error'; error: unknown };

/** One indicator with all its observations and its change history, fetched together. */
export function useIndicatorDetail(client: IndicatorsClient, id: string) {
  const [state, setState] = useState<IndicatorDetailState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const options = { signal: controller.signal };
    setState({ status: 'loading' });
    Promise.all([client.get(id, options), client.history(id, options)]).then(
      ([indicator, history]) => setState({ status: 'ready', indicator, history }),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [client, id, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
