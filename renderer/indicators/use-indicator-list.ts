import { useCallback, useEffect, useState } from 'react';
import type { IndicatorWithObservations } from '../../common/indicators';
import { isAbortError } from '../host/api-error';
import type { IndicatorsClient } from '../host/indicators-client';

export type IndicatorListState =
  | { status: 'loading'; indicators: IndicatorWithObservations[] }
  | { status: 'ready'; indicators: IndicatorWithObservations[] }
  | { status: 'error'; indicators: IndicatorWithObservations[]; error: unknown };

/**
 * The whole store with each indicator's newest observation. A district tracks tens of figures, so the list is
 * loaded whole and filtered in the panel; after a change the previous rows stay visible while it reloads.
 */
export function useIndicatorList(client: IndicatorsClient) {
  const [state, setState] = useState<IndicatorListState>({ status: 'loading', indicators: [] });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', indicators: previous.indicators }));
    client.list({ signal: controller.signal }).then(
      (indicators) => setState({ status: 'ready', indicators }),
      (error: unknown) => {
        if (!isAbortError(error)) setState((previous) => ({ status: 'error', indicators: previous.indicators, error }));
      },
    );
    return () => controller.abort();
  }, [client, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
