import { comparePeriodKeys, type ColumnMapping, type HistoryEntry, type ImportCommitResult, type ImportPreview, type Indicator, type IndicatorWithObservations, type Observation } from '../../common/indicators';
import { periodFromKey, periodLabel } from '../../common/period';
import { ApiRequestError } from '../host/api-error';
import type { IndicatorFile, IndicatorsClient } from '../host/indicators-client';

export interface FakeIndicatorSeed extends Partial<Indicator> {
  id: string;
  name: string;
  observations?: Array<Partial<Observation> & { period: string; value: number }>;
}

/** How the fake answers an import preview or commit: tests give the preview the host would compute. */
export type PreviewAnswer = (file: IndicatorFile, mapping: ColumnMapping | undefined) => ImportPreview;

/**
 * An in-memory indicator store for component tests, with the real client's contract: observations newest
 * first, history kept per change, rename and delete counts chosen by the test.
 */
export function createFakeIndicatorsClient(seed: FakeIndicatorSeed[] = [], options: { preview?: PreviewAnswer; placeholders?: number } = {}) {
  let clock = Date.parse('2025-10-09T08:00:00Z');
  const tick = () => new Date((clock += 60_000)).toISOString();
  const indicators = new Map<string, Indicator>();
  const observations = new Map<string, Observation[]>();
  const history: HistoryEntry[] = [];
  const calls: Array<{ method: keyof IndicatorsClient; args: unknown[] }> = [];
  let nextId = 1;

  const observation = (indicatorId: string, partial: Partial<Observation> & { period: string; value: number }): Observation => ({
    indicatorId,
    periodLabel: periodLabel(periodFromKey(partial.period)),
    rank: null,
    rankOf: null,
    target: null,
    source: null,
    note: null,
    changedBy: 'admin',
    changedAt: tick(),
    ...partial,
  });

  for (const { observations: list = [], ...indicator } of seed) {
    indicators.set(indicator.id, { unit: '%', category: '', description: '', higherIsBetter: true, ...indicator });
    observations.set(indicator.id, list.map((partial) => observation(indicator.id, partial)).sort((a, b) => comparePeriodKeys(a.period, b.period)));
  }

  function find(id: string): Indicator {
    const found = indicators.get(id);
    if (!found) throw new ApiRequestError('not_found', `indicator ${id} not found`, 404);
    return found;
  }

  const withObservations = (indicator: Indicator, all: boolean): IndicatorWithObservations => {
    const list = observations.get(indicator.id) ?? [];
    return { ...indicator, observations: all ? [...list] : list.slice(0, 1) };
  };

  const preview: PreviewAnswer = options.preview ?? ((file) => ({ file: file.name, columns: [], rows: [], errors: [] }));

  const client: IndicatorsClient = {
    async list() {
      calls.push({ method: 'list', args: [] });
      return [...indicators.values()].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name)).map((indicator) => withObservations(indicator, false));
    },
    async get(id) {
      return withObservations(find(id), true);
    },
    async create(request) {
      calls.push({ method: 'create', args: [request] });
      if ([...indicators.values()].some((indicator) => indicator.name === request.name)) throw new ApiRequestError('conflict', `indicator ${request.name} exists`, 409);
      const indicator: Indicator = { id: `new-${nextId++}`, name: request.name, unit: request.unit, category: request.category ?? '', description: request.description ?? '', higherIsBetter: request.higherIsBetter ?? true };
      indicators.set(indicator.id, indicator);
      return indicator;
    },
    async update(id, request) {
      calls.push({ method: 'update', args: [id, request] });
      const indicator = { ...find(id), ...request };
      indicators.set(id, indicator);
      return { indicator, placeholdersRewritten: request.name ? (options.placeholders ?? 0) : 0 };
    },
    async remove(id) {
      calls.push({ method: 'remove', args: [id] });
      find(id);
      indicators.delete(id);
      observations.delete(id);
      return { placeholdersUnresolved: options.placeholders ?? 0 };
    },
    async putObservation(id, period, values) {
      calls.push({ method: 'putObservation', args: [id, period, values] });
      find(id);
      const list = observations.get(id) ?? [];
      const old = list.find((candidate) => candidate.period === period);
      const next = observation(id, { period, value: values.value, rank: values.rank ?? null, rankOf: values.rankOf ?? null, target: values.target ?? null, source: values.source ?? null, note: values.note ?? null });
      observations.set(id, [...list.filter((candidate) => candidate !== old), next].sort((a, b) => comparePeriodKeys(a.period, b.period)));
      const figures = (o: Observation) => ({ value: o.value, rank: o.rank, rankOf: o.rankOf, target: o.target, source: o.source, note: o.note });
      history.unshift({ id: history.length + 1, indicatorId: id, period, periodLabel: next.periodLabel, old: old ? figures(old) : null, new: figures(next), changedBy: 'admin', changedAt: next.changedAt });
      return next;
    },
    async history(id) {
      return history.filter((entry) => entry.indicatorId === id);
    },
    async previewImport(file, mapping) {
      calls.push({ method: 'previewImport', args: [file.name, mapping] });
      return preview(file, mapping);
    },
    async commitImport(file, mapping) {
      calls.push({ method: 'commitImport', args: [file.name, mapping] });
      const answer = preview(file, mapping);
      if (answer.errors.length > 0) throw new ApiRequestError('bad_request', `${file.name}: ${answer.errors.length} error(s), nothing imported`, 400);
      const result: ImportCommitResult = {
        file: file.name,
        indicatorsCreated: answer.rows.filter((row) => row.indicatorId === null).length,
        observationsCreated: answer.rows.filter((row) => row.change === 'new').length,
        observationsChanged: answer.rows.filter((row) => row.change === 'changed').length,
        observationsUnchanged: answer.rows.filter((row) => row.change === 'unchanged').length,
      };
      return result;
    },
    async exportFile(format) {
      calls.push({ method: 'exportFile', args: [format] });
      return new Blob(['指标,期间\n'], { type: 'text/csv' });
    },
  };
  return { client, indicators, observations, calls };
}
