import { MONEY_WORDS, type ChangeUnit, type MoneyWord, type IndicatorExpression, type IndicatorRef, type PeriodRef, type PlaceholderFormat, type TargetName } from './placeholder-expression';

/**
 * Writing figures the way speeches print them, for everything that needs no indicator store: a number in a
 * format, a change worded by its sign, a rank, a share of a target. The resolver only looks the figures up
 * (IndicatorFigures) and hands them to formatIndicator.
 */

/** Digits after the point when a format does not say: up to this many, trailing zeros dropped. */
export const DEFAULT_MAX_DECIMALS = 2;

/**
 * Rounds half away from zero on the decimal digits as written (1.005 → 1.01), which is how statistical
 * bulletins round; binary floating point alone would give 1.00.
 */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const magnitude = Math.abs(value);
  const written = String(magnitude);
  const shifted = written.includes('e') ? Math.round(magnitude * 10 ** decimals) : Math.round(Number(`${written}e${decimals}`));
  const rounded = Number(`${shifted}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A number with the format's decimals, no thousands separators (speeches print 1234.5亿元). */
export function formatDecimal(value: number, decimals?: number): string {
  if (decimals !== undefined) return roundDecimal(value, decimals).toFixed(decimals);
  const rounded = roundDecimal(value, DEFAULT_MAX_DECIMALS);
  return String(rounded);
}

/** 第3位. */
export function formatOrdinal(rank: number): string {
  if (!Number.isInteger(rank) || rank < 1) throw new RangeError(`a rank is a whole number from 1, got ${rank}`);
  return `第${rank}位`;
}

/**
 * A figure in a format. Money kept in `keptIn` (a money word: 亿元, 元, 万美元 …) is converted to the
 * format's word of the same currency; a percent number gets % (6.5 → 6.5%; it is not multiplied); a count
 * gets its counting word.
 */
export function formatFigure(value: number, format: PlaceholderFormat, keptIn: MoneyWord = '元'): string {
  const unit = format.unit;
  switch (unit?.kind) {
    case undefined:
      return formatDecimal(value, format.decimals);
    case 'money': {
      const from = MONEY_WORDS[keptIn];
      const to = MONEY_WORDS[unit.word];
      if (from.currency !== to.currency) throw new RangeError(`cannot write ${keptIn} in ${unit.word}`);
      return `${formatDecimal((value * from.divisor) / to.divisor, format.decimals)}${unit.word}`;
    }
    case 'percent':
      return `${formatDecimal(value, format.decimals)}%`;
    case 'count':
      return `${formatDecimal(value, format.decimals)}${unit.word}`;
    case 'ordinal':
      return formatOrdinal(value);
  }
}

/** How a rise and a fall are said: rates 提高/回落 so many 个百分点, amounts 增长/下降 so many %. */
export const CHANGE_WORDS: Readonly<Record<ChangeUnit, { up: string; down: string; suffix: string }>> = {
  points: { up: '提高', down: '回落', suffix: '个百分点' },
  percent: { up: '增长', down: '下降', suffix: '%' },
};
export const NO_CHANGE = '持平';

/** A change worded by its sign; one that rounds to zero in the format is 持平. */
export function formatChange(change: number, unit: ChangeUnit, decimals?: number): string {
  const words = CHANGE_WORDS[unit];
  const magnitude = formatDecimal(Math.abs(change), decimals);
  if (Number(magnitude) === 0) return NO_CHANGE;
  return `${change > 0 ? words.up : words.down}${magnitude}${words.suffix}`;
}

/** The change from `previous` to `current`: a difference for rates, relative to `previous` for amounts. */
export function changeBetween(current: number, previous: number, unit: ChangeUnit): number | undefined {
  if (unit === 'points') return current - previous;
  if (previous === 0) return undefined;
  return ((current - previous) / Math.abs(previous)) * 100;
}

/** The share of a target in percent; no share of a zero or negative target. */
export function shareOfTarget(value: number, target: number): number | undefined {
  return target > 0 ? (value / target) * 100 : undefined;
}

/** The figures an indicator store gives; undefined where it has none. */
export interface IndicatorFigures {
  /** The unit the store keeps the indicator's figures in (%, 亿元, 个 …). */
  unit(indicator: string): string | undefined;
  value(indicator: string, period: PeriodRef): number | undefined;
  rank(indicator: string, period: PeriodRef): number | undefined;
  target(indicator: string, target: TargetName, period: PeriodRef): number | undefined;
}

/**
 * The text of an indicator placeholder from the store's figures, or undefined when a figure is missing (the
 * chip then keeps its fallback). `expression` and `format` are the checked ones (see placeholder-check.ts).
 * A change's `against` period of 去年同期 is passed to the store as is: the store knows what it means for
 * the figure's own period.
 */
export function formatIndicator(expression: IndicatorExpression, format: PlaceholderFormat, figures: IndicatorFigures): string | undefined {
  const value = (ref: IndicatorRef) => figures.value(ref.indicator, ref.period);
  switch (expression.kind) {
    case 'value': {
      const figure = value(expression.ref);
      const kept = figures.unit(expression.ref.indicator) ?? '';
      if (figure === undefined) return undefined;
      return formatFigure(figure, format, kept in MONEY_WORDS ? (kept as MoneyWord) : '元');
    }
    case 'rank': {
      const rank = figures.rank(expression.ref.indicator, expression.ref.period);
      return rank === undefined ? undefined : formatOrdinal(rank);
    }
    case 'change': {
      const current = value(expression.ref);
      const previous = figures.value(expression.ref.indicator, expression.against);
      if (current === undefined || previous === undefined) return undefined;
      const unit = expression.unit ?? 'percent';
      const change = changeBetween(current, previous, unit);
      return change === undefined ? undefined : formatChange(change, unit, format.decimals);
    }
    case 'share': {
      const current = value(expression.ref);
      const target = figures.target(expression.ref.indicator, expression.target, expression.ref.period);
      const share = current === undefined || target === undefined ? undefined : shareOfTarget(current, target);
      return share === undefined ? undefined : formatFigure(share, { ...format, unit: { kind: 'percent' } });
    }
  }
}
