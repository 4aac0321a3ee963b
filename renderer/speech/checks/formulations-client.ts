import { FORMULATIONS_ROUTE, formulationsResponseSchema, type Formulation } from '../../../common/checks/formulation-list';
import type { HostConnection } from '../../host/host-connection';
import { createHostHttp, type Fetch } from '../../host/host-http';

/** The host's list of outdated formulations (data/outdated-formulations.txt), for the checks panel. */
export async function fetchFormulations(connection: HostConnection, options: { signal?: AbortSignal; fetchImpl?: Fetch } = {}): Promise<Formulation[]> {
  const { json } = createHostHttp(connection, options.fetchImpl);
  return (await json(formulationsResponseSchema, FORMULATIONS_ROUTE, options.signal ? { signal: options.signal } : {})).formulations;
}
