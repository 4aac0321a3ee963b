import type { ProjectedIndicator } from './indicators';
import { placeholderDisplayText, type VariableValues } from './placeholder-display';
import { parseFormat, parseIndicatorExpression, type IndicatorExpression, type IndicatorRef, type NamedSpan, type PeriodRef, type PeriodYear } from './placeholder-expression';
import { formatIndicator, type IndicatorFigures } from './placeholder-format';
import { parsePeriod as parseWrittenPeriod, periodKey, periodLabel, samePeriodLastYear, type Period } from './period';
import { placeholderText, type PlaceholderAttrs } from './schema';
import { PERIOD_VARIABLE } from './variables';

/**
 * Resolves placeholders against the indicator store (its live projection) and the speech's variables. Pure: the
 * editor's chips, the completeness panel, 定稿 and the text export all read placeholders through this.
 */

export interface ResolutionContext {
  variables: VariableValues;
  /** Indicators of the store by name. */
  indicators: ReadonlyMap<string, ProjectedIndicator>;
}

/** Where a figure came from, shown on hover and kept by 定稿. */
export interface Provenance {
  indicator: string;
  period: string;
  periodLabel: string;
  value: number;
  unit: string;
  rank: number | null;
  rankOf: number | null;
  source: string | null;
  changedBy: string;
  changedAt: string;
}

export interface Resolution {
  /** What the placeholder reads as now. */
  text: string;
  /** False while the writer still has to act: an unfilled slot or variable, or a figure the store lacks. */
  resolved: boolean;
  /** Why it is unresolved, in English, for tooltips and the completeness panel's detail. */
  problem?: string;
  provenance?: Provenance;
}

export function indicatorsByName(indicators: Iterable<ProjectedIndicator>): Map<string, ProjectedIndicator> {
  return new Map([...indicators].map((indicator) => [indicator.name, indicator]));
}

/** The speech's own period, or undefined while its `period` variable is unset or no period. */
export function documentPeriod(variables: VariableValues): Period | undefined {
  const written = variables[PERIOD_VARIABLE]?.trim();
  if (!written) return undefined;
  try {
    return parseWrittenPeriod(written);
  } catch {
    return undefined;
  }
}

const NAMED_SPAN_PERIODS: Record<NamedSpan, (year: number) => Period> = {
  一季度: (year) => ({ type: 'ytd', year, through: 3 }),
  二季度: (year) => ({ type: 'quarter', year, quarter: 2 }),
  三季度: (year) => ({ type: 'quarter', year, quarter: 3 }),
  四季度: (year) => ({ type: 'quarter', year, quarter: 4 }),
  上半年: (year) => ({ type: 'ytd', year, through: 6 }),
  下半年: (year) => ({ type: 'half', year, half: 2 }),
  前三季度: (year) => ({ type: 'ytd', year, through: 9 }),
  全年: (year) => ({ type: 'year', year }),
};

function yearOf(year: PeriodYear, base: Period | undefined): number | undefined {
  if (year.kind === 'absolute') return year.year;
  if (!base) return undefined;
  return year.kind === 'current' ? base.year : base.year - 1;
}

/**
 * The period a reference names. `base` is the speech's period; `own` is the period of the figure a 去年同期
 * is compared with.
 */
export function referencedPeriod(ref: PeriodRef, base: Period | undefined, own?: Period): Period | undefined {
  switch (ref.kind) {
    case 'document':
      return base;
    case 'same-period-last-year': {
      const of = own ?? base;
      return of && samePeriodLastYear(of);
    }
    case 'named': {
      const year = yearOf(ref.year, base);
      return year === undefined ? undefined : NAMED_SPAN_PERIODS[ref.name](year);
    }
    case 'months': {
      const year = yearOf(ref.year, base);
      if (year === undefined) return undefined;
      if (ref.from === ref.to) return { type: 'month', year, month: ref.to };
      if (ref.from !== 1) return undefined;
      return ref.to === 12 ? { type: 'year', year } : { type: 'ytd', year, through: ref.to };
    }
  }
}

type ProjectedObservation = ProjectedIndicator['observations'][string];

/** The store's figures as formatIndicator asks for them, for one expression (so 去年同期 knows its base). */
function figuresFor(expression: IndicatorExpression, indicators: ReadonlyMap<string, ProjectedIndicator>, base: Period | undefined): IndicatorFigures {
  const own = referencedPeriod(expression.ref.period, base);
  const observation = (indicator: string, ref: PeriodRef): ProjectedObservation | undefined => {
    const period = referencedPeriod(ref, base, own);
    return period && indicators.get(indicator)?.observations[periodKey(period)];
  };
  return {
    unit: (indicator) => indicators.get(indicator)?.unit,
    value: (indicator, ref) => observation(indicator, ref)?.value,
    rank: (indicator, ref) => observation(indicator, ref)?.rank ?? undefined,
    // 年度计划 is the year's target: the period's own row carries it, or else the whole year's row.
    target: (indicator, _target, ref) => {
      const own = observation(indicator, ref)?.target;
      if (own !== null && own !== undefined) return own;
      const period = referencedPeriod(ref, base);
      return period ? (indicators.get(indicator)?.observations[periodKey({ type: 'year', year: period.year })]?.target ?? undefined) : undefined;
    },
  };
}

function provenanceOf(ref: IndicatorRef, indicators: ReadonlyMap<string, ProjectedIndicator>, base: Period | undefined): Provenance | undefined {
  const indicator = indicators.get(ref.indicator);
  const period = referencedPeriod(ref.period, base);
  const observation = period && indicator?.observations[periodKey(period)];
  if (!indicator || !period || !observation) return undefined;
  return {
    indicator: indicator.name,
    period: periodKey(period),
    periodLabel: periodLabel(period),
    value: observation.value,
    unit: indicator.unit,
    rank: observation.rank,
    rankOf: observation.rankOf,
    source: observation.source,
    changedBy: observation.changedBy,
    changedAt: observation.changedAt,
  };
}

function resolveIndicator(attrs: PlaceholderAttrs, context: ResolutionContext): Resolution {
  const fallback = placeholderText(attrs);
  let expression: IndicatorExpression;
  try {
    expression = parseIndicatorExpression(attrs.key);
  } catch (error) {
    return { text: fallback, resolved: false, problem: `'${attrs.key}' is no indicator expression: ${error instanceof Error ? error.message : String(error)}` };
  }
  const base = documentPeriod(context.variables);
  const indicator = context.indicators.get(expression.ref.indicator);
  if (!indicator) return { text: fallback, resolved: false, problem: `no indicator '${expression.ref.indicator}' in the store` };
  const own = referencedPeriod(expression.ref.period, base);
  if (!own) return { text: fallback, resolved: false, problem: 'the speech has no period under review (its 回顾期间)' };
  const text = formatIndicator(expression, parseFormat(attrs.format), figuresFor(expression, context.indicators, base));
  const provenance = provenanceOf(expression.ref, context.indicators, base);
  if (text === undefined) return { text: fallback, resolved: false, problem: `no figure for ${indicator.name} in ${periodLabel(own)}`, ...(provenance ? { provenance } : {}) };
  return { text, resolved: true, ...(provenance ? { provenance } : {}) };
}

/** What a placeholder reads as now and whether it is done. */
export function resolvePlaceholder(attrs: PlaceholderAttrs, context: ResolutionContext): Resolution {
  switch (attrs.kind) {
    case 'indicator':
      return resolveIndicator(attrs, context);
    case 'variable': {
      const resolved = Boolean(context.variables[attrs.key]?.trim());
      return resolved ? { text: placeholderDisplayText(attrs, context.variables), resolved } : { text: placeholderText(attrs), resolved, problem: `variable '${attrs.key}' is not set` };
    }
    case 'slot':
      return { text: placeholderText(attrs), resolved: false, problem: `slot '${attrs.key}' is not filled` };
  }
}
