import type { FastifyInstance } from 'fastify';
import { FORMULATIONS_ROUTE, FormulationListError, type FormulationsResponse } from '../../common/checks/formulation-list';
import { ApiHttpError } from '../api/api-error';
import { readFormulations } from './formulation-file';

/** GET /api/checks/formulations: the outdated-formulations list; a malformed file is the host's error (500), naming its line. */
export function registerCheckRoutes(app: FastifyInstance, file?: string): void {
  app.get(FORMULATIONS_ROUTE, async (): Promise<FormulationsResponse> => {
    try {
      return { formulations: readFormulations(file) };
    } catch (error) {
      if (error instanceof FormulationListError) throw new ApiHttpError(500, 'internal', error.message);
      throw error;
    }
  });
}
