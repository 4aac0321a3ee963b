import type { IndicatorExpression, PlaceholderFormat } from './placeholder-expression';

/**
 * What an indicator placeholder reads as before it has a figure: the X-gap of a reused speech with the unit
 * the figure will have (X%, 第X位, X亿元), so an unfinished draft still reads as a sentence.
 */
export function indicatorFallback(expression: IndicatorExpression, format: PlaceholderFormat): string {
  switch (expression.kind) {
    case 'rank':
      return '第X位';
    case 'change':
      return expression.unit === 'percent' ? '增长（下降）X%' : '提高（回落）X个百分点';
    case 'share':
      return 'X%';
    case 'value':
      switch (format.unit?.kind) {
        case undefined:
          return 'X';
        case 'ordinal':
          return '第X位';
        case 'percent':
          return 'X%';
        case 'money':
        case 'count':
          return `X${format.unit.word}`;
      }
  }
}
