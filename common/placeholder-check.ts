import { MONEY_WORDS, type ChangeUnit, type IndicatorExpression, type PlaceholderFormat } from './placeholder-expression';
import { indicatorMeasure, isMoneyWord, type IndicatorCatalog, type IndicatorDefinition } from './placeholder-indicators';

/**
 * Checks an indicator placeholder against what its indicator is (rate, amount, count) and fills in what the
 * template may leave out: the unit of a change and the unit of a value or rank. The result is the canonical
 * expression stored in the placeholder, so the resolver never guesses.
 */
export type IndicatorCheck =
  | { ok: true; expression: IndicatorExpression; format: PlaceholderFormat }
  | { ok: false; message: string };

const fail = (message: string): IndicatorCheck => ({ ok: false, message });

export function checkIndicatorPlaceholder(expression: IndicatorExpression, format: PlaceholderFormat, indicators: IndicatorCatalog): IndicatorCheck {
  const definition = indicators.get(expression.ref.indicator);
  if (!definition) return fail(`unknown indicator '${expression.ref.indicator}' (templates/README.md lists the known ones)`);
  switch (expression.kind) {
    case 'value':
      return checkValue(expression, format, definition);
    case 'rank':
      if (format.decimals !== undefined || (format.unit && format.unit.kind !== 'ordinal')) return fail('a rank is written 第N位: its only format is 位次');
      return { ok: true, expression, format: { unit: { kind: 'ordinal' } } };
    case 'change': {
      const natural: ChangeUnit = indicatorMeasure(definition) === 'rate' ? 'points' : 'percent';
      const unit = expression.unit ?? natural;
      if (unit !== natural) {
        return fail(natural === 'points' ? `${definition.name} is a rate: it changes in 百分点, not 百分比` : `${definition.name} is not a rate: it changes in 百分比, not 百分点`);
      }
      if (format.unit) return fail('a change brings its own unit (个百分点 or %): give it decimals only');
      return { ok: true, expression: { ...expression, unit }, format };
    }
    case 'share':
      if (format.unit && format.unit.kind !== 'percent') return fail('a share of a target is a percentage: its only unit is %');
      return { ok: true, expression, format: { ...format, unit: { kind: 'percent' } } };
  }
}

function checkValue(expression: IndicatorExpression, format: PlaceholderFormat, definition: IndicatorDefinition): IndicatorCheck {
  const unit = format.unit;
  if (unit?.kind === 'ordinal') return fail('位次 is for ranks: write 排名(…)');
  const kept = definition.unit;
  if (kept === '%') {
    if (unit && unit.kind !== 'percent') return fail(`${definition.name} is a rate: its unit is %`);
    return { ok: true, expression, format: { ...format, unit: { kind: 'percent' } } };
  }
  if (isMoneyWord(kept)) {
    const currency = MONEY_WORDS[kept].currency;
    if (!unit) return { ok: true, expression, format: { ...format, unit: { kind: 'money', word: kept } } };
    if (unit.kind !== 'money' || MONEY_WORDS[unit.word].currency !== currency) {
      const words = Object.entries(MONEY_WORDS).filter(([, money]) => money.currency === currency).map(([word]) => word);
      return fail(`${definition.name} is money in ${currency}: write it in ${words.join(', ')}`);
    }
    return { ok: true, expression, format };
  }
  if (unit && (unit.kind !== 'count' || unit.word !== kept)) return fail(`${definition.name} is counted in ${kept}`);
  return { ok: true, expression, format: { ...format, unit: { kind: 'count', word: kept } } };
}
