import type { TFunction } from 'i18next';
import type { ResolutionProblem } from '../editor/types';

/** A variable's name as the settings panel labels it: the standard ones translated, a template's own as written. */
export function variableLabel(t: TFunction, key: string): string {
  const labelKey = `variables.labels.${key}`;
  const label = t(labelKey);
  return label === labelKey ? key : label;
}

/** Why a placeholder is unresolved, in the UI's language. */
export function problemMessage(t: TFunction, problem: ResolutionProblem): string {
  switch (problem.code) {
    case 'slot':
      return t('figures.problems.slot');
    case 'variable':
      return t('figures.problems.variable', { variable: variableLabel(t, problem.variable) });
    case 'expression':
      return t('figures.problems.expression', { expression: problem.expression });
    case 'indicator':
      return t('figures.problems.indicator', { indicator: problem.indicator });
    case 'period':
      return t('figures.problems.period');
    case 'figure':
      return t('figures.problems.figure', { indicator: problem.indicator, period: problem.period });
    case 'rank':
      return t('figures.problems.rank', { indicator: problem.indicator, period: problem.period });
    case 'target':
      return t('figures.problems.target', { indicator: problem.indicator, period: problem.period });
  }
}
