import { COUNT_WORDS, MONEY_WORDS, type CountWord, type MoneyWord } from './placeholder-expression';

/**
 * The indicators a placeholder may name. Template validation checks names against a catalog so that a typo
 * ("地区生产总值增长" for 地区生产总值增速) is caught when the template is written, not when a speech shows
 * an empty chip. The unit the store keeps a figure in decides which formats and comparisons make sense.
 */

/**
 * - rate: a growth rate or ratio kept as a percent number (6.5 means 6.5%); compared in percentage points.
 * - amount: money kept in a money word's unit (亿元, 元, 万美元 …); written in any unit of the same currency.
 * - count: a number of things or a quantity, written with its word (个, 户, 人次 …).
 */
export type IndicatorMeasure = 'rate' | 'amount' | 'count';

export interface IndicatorDefinition {
  name: string;
  /** The unit the store keeps the figure in: %, a money word, or a counting word. */
  unit: '%' | MoneyWord | CountWord;
}

export function isMoneyWord(word: string): word is MoneyWord {
  return word in MONEY_WORDS;
}

export function isCountWord(word: string): word is CountWord {
  return (COUNT_WORDS as readonly string[]).includes(word);
}

export function indicatorMeasure(definition: IndicatorDefinition): IndicatorMeasure {
  if (definition.unit === '%') return 'rate';
  return isMoneyWord(definition.unit) ? 'amount' : 'count';
}

const rate = (name: string): IndicatorDefinition => ({ name, unit: '%' });
const yi = (name: string): IndicatorDefinition => ({ name, unit: '亿元' });

/** The figures GENRE.md lists, in the units districts keep them in. */
export const KNOWN_INDICATORS: readonly IndicatorDefinition[] = [
  yi('地区生产总值'),
  rate('地区生产总值增速'),
  rate('规模以上工业增加值增速'),
  rate('规模以上工业投资增速'),
  yi('固定资产投资'),
  rate('固定资产投资增速'),
  rate('房地产开发投资增速'),
  yi('社会消费品零售总额'),
  rate('社会消费品零售总额增速'),
  yi('一般公共预算收入'),
  rate('一般公共预算收入增速'),
  { name: '实际利用外资', unit: '万美元' },
  rate('实际利用外资增速'),
  yi('进出口总额'),
  rate('进出口总额增速'),
  { name: '城镇居民人均可支配收入', unit: '元' },
  rate('城镇居民人均可支配收入增速'),
  { name: '农村居民人均可支配收入', unit: '元' },
  rate('农村居民人均可支配收入增速'),
  { name: '签约重点项目数', unit: '个' },
  { name: '开工重点项目数', unit: '个' },
  yi('重点项目完成投资额'),
  yi('招商引资到位资金'),
  { name: '新增市场主体数', unit: '户' },
  { name: '棚户区改造项目数', unit: '个' },
  { name: '回迁安置户数', unit: '户' },
  { name: '信访登记人次', unit: '人次' },
];

/** Looks indicators up by name; templates are validated against one of these (the store's, later). */
export class IndicatorCatalog {
  private readonly byName: ReadonlyMap<string, IndicatorDefinition>;

  constructor(definitions: readonly IndicatorDefinition[] = KNOWN_INDICATORS) {
    this.byName = new Map(definitions.map((definition) => [definition.name, definition]));
  }

  get(name: string): IndicatorDefinition | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}

export const DEFAULT_INDICATORS = new IndicatorCatalog();
