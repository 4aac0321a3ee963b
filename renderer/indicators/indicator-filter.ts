import type { IndicatorWithObservations } from '../../common/indicators';

/** The category select's choice: every indicator, those without a category, or one category. */
export type CategoryChoice = { kind: 'all' } | { kind: 'none' } | { kind: 'category'; name: string };

export interface IndicatorFilter {
  /** Part of the name, as typed; case and surrounding spaces do not matter. */
  q: string;
  category: CategoryChoice;
}

export const NO_FILTER: IndicatorFilter = { q: '', category: { kind: 'all' } };

function inCategory(indicator: IndicatorWithObservations, choice: CategoryChoice): boolean {
  if (choice.kind === 'all') return true;
  if (choice.kind === 'none') return indicator.category === '';
  return indicator.category === choice.name;
}

/**
 * The rows the table shows. Filtered here rather than by the host's q, which also matches descriptions: a writer
 * looking for 投资 wants the indicators named so, not every one whose description mentions investment.
 */
export function filterIndicators(indicators: readonly IndicatorWithObservations[], { q, category }: IndicatorFilter): IndicatorWithObservations[] {
  const needle = q.trim().toLowerCase();
  return indicators.filter((indicator) => inCategory(indicator, category) && (needle === '' || indicator.name.toLowerCase().includes(needle)));
}

/** The categories in use, in Chinese collation order, for the filter and for the add dialog's suggestions. */
export function categoriesOf(indicators: readonly IndicatorWithObservations[]): string[] {
  const names = new Set(indicators.map((indicator) => indicator.category).filter((name) => name !== ''));
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export const hasUncategorised = (indicators: readonly IndicatorWithObservations[]): boolean => indicators.some((indicator) => indicator.category === '');

/** The select's value for a choice; category names are prefixed so that none can collide with "all" or "none". */
export function choiceValue(choice: CategoryChoice): string {
  return choice.kind === 'category' ? `category:${choice.name}` : choice.kind;
}

export function choiceOfValue(value: string): CategoryChoice {
  if (value.startsWith('category:')) return { kind: 'category', name: value.slice('category:'.length) };
  return value === 'none' ? { kind: 'none' } : { kind: 'all' };
}
