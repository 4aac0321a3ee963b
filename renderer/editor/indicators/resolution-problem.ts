import type { ProjectedIndicator } from '../../../common/indicators';
import { parseIndicatorExpression, type IndicatorExpression } from '../../../common/placeholder-expression';
import { documentPeriod, referencedPeriod, type ResolutionContext } from '../../../common/placeholder-resolve';
import { periodKey, periodLabel, type Period } from '../../../common/period';
import type { PlaceholderAttrs } from '../../../common/schema';

/**
 * Why a placeholder is unresolved, as data the UI words in its own language. resolvePlaceholder explains in
 * English for logs and CLIs; the app must not show that text, so this reads the same inputs and names the cause.
 */
export type ResolutionProblem =
  | { code: 'slot' }
  | { code: 'variable'; variable: string }
  | { code: 'expression'; expression: string }
  | { code: 'indicator'; indicator: string }
  | { code: 'period' }
  /** The store has no observation of the indicator for the period. */
  | { code: 'figure'; indicator: string; period: string }
  | { code: 'rank'; indicator: string; period: string }
  /** 完成率 without a 年度计划 (target) in the store. */
  | { code: 'target'; indicator: string; period: string };

function observed(context: ResolutionContext, indicator: string, period: Period): ProjectedIndicator['observations'][string] | undefined {
  return context.indicators.get(indicator)?.observations[periodKey(period)];
}

function figureProblem(expression: IndicatorExpression, context: ResolutionContext, own: Period): ResolutionProblem {
  const indicator = expression.ref.indicator;
  const ownFigure = observed(context, indicator, own);
  if (!ownFigure) return { code: 'figure', indicator, period: periodLabel(own) };
  if (expression.kind === 'rank') return { code: 'rank', indicator, period: periodLabel(own) };
  if (expression.kind === 'share') return { code: 'target', indicator, period: periodLabel(own) };
  if (expression.kind === 'change') {
    const against = referencedPeriod(expression.against, documentPeriod(context.variables), own);
    if (!against) return { code: 'period' };
    return { code: 'figure', indicator, period: periodLabel(against) };
  }
  return { code: 'figure', indicator, period: periodLabel(own) };
}

/** The cause of an unresolved placeholder (call it only for those resolvePlaceholder left unresolved). */
export function resolutionProblem(attrs: PlaceholderAttrs, context: ResolutionContext): ResolutionProblem {
  if (attrs.kind === 'slot') return { code: 'slot' };
  if (attrs.kind === 'variable') return { code: 'variable', variable: attrs.key };
  let expression: IndicatorExpression;
  try {
    expression = parseIndicatorExpression(attrs.key);
  } catch {
    return { code: 'expression', expression: attrs.key };
  }
  if (!context.indicators.has(expression.ref.indicator)) return { code: 'indicator', indicator: expression.ref.indicator };
  const own = referencedPeriod(expression.ref.period, documentPeriod(context.variables));
  if (!own) return { code: 'period' };
  return figureProblem(expression, context, own);
}
