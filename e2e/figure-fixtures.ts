import { apiRoutes, type DocumentSummary, type TemplateCatalog } from '../common/api';
import { indicatorRoutes, type Indicator, type IndicatorListResponse, type ObservationValues } from '../common/indicators';
import { api } from './support';

/** Speeches with figures from the store, for the specs about chips (indicators, offline). */

export const PERIOD = '2024年前三季度';

/** The indicator of that name, created when the store lacks it: names are unique and other specs share the host. */
export async function ensureIndicator(name: string, unit: Indicator['unit']): Promise<Indicator> {
  const { indicators } = await api<IndicatorListResponse>(indicatorRoutes.indicators());
  return indicators.find((indicator) => indicator.name === name) ?? api<Indicator>(indicatorRoutes.indicators(), { method: 'POST', body: { name, unit } });
}

export function putFigure(id: string, values: ObservationValues): Promise<unknown> {
  return api(indicatorRoutes.observation(id, PERIOD), { method: 'PUT', body: values });
}

/** A quarterly speech from the skeleton whose review part quotes 地区生产总值增速 and its rank, for PERIOD. */
export async function quarterlySpeech(): Promise<DocumentSummary> {
  const { skeletons } = await api<TemplateCatalog>(apiRoutes.templates());
  const skeleton = skeletons.find((candidate) => candidate.id === 'quarterly-cadres-meeting');
  if (!skeleton) throw new Error('the host ships no quarterly skeleton');
  const standard: Record<string, string> = { meeting: '全区前三季度经济运行分析会', region: '高新区', speaker: '王书记', date: '2024年10月9日', 期间: '前三季度', 地区: '高新区' };
  // Every variable the skeleton asks for, so that only figures and slots are left open; and the period under review.
  const variables = { ...Object.fromEntries(skeleton.variables.map(({ key }) => [key, standard[key] ?? `${key}示例`])), period: PERIOD };
  return api<DocumentSummary>(apiRoutes.fromSkeleton(), { method: 'POST', body: { skeletonId: skeleton.id, variables, numberingStyle: 'speech' } });
}
