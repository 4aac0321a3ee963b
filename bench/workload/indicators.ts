import type { IndicatorUnit } from '../../common/indicators';

/** The period under review of the workload speech; every figure is stored for it. */
export const PERIOD = '2024年前三季度';

export interface WorkloadIndicator {
  name: string;
  unit: IndicatorUnit;
  /** What the speech says before the figure (地区生产总值 → 全区实现地区生产总值…). */
  label: string;
  value: number;
  rank: number;
  /** 年度计划, for amounts (完成率 chips). */
  target?: number;
}

/** Districts ranked in the city. */
export const RANK_OF = 12;

const amount = (name: string, value: number, rank: number, unit: IndicatorUnit = '亿元'): WorkloadIndicator => ({ name, unit, label: name, value, rank, target: Math.round(value * 1.4 * 100) / 100 });
const rate = (name: string, value: number, rank: number): WorkloadIndicator => ({ name, unit: '%', label: name.replace(/增速$/, ''), value, rank });
const count = (name: string, unit: IndicatorUnit, value: number, rank: number): WorkloadIndicator => ({ name, unit, label: name.replace(/数$/, ''), value, rank });

/** Amount and growth rate pairs: a review sentence quotes both and the rate's rank. */
export const PAIRS: ReadonlyArray<readonly [WorkloadIndicator, WorkloadIndicator]> = [
  [amount('地区生产总值', 612.35, 4), rate('地区生产总值增速', 6.5, 3)],
  [amount('固定资产投资', 238.6, 5), rate('固定资产投资增速', 8.2, 2)],
  [amount('社会消费品零售总额', 201.47, 6), rate('社会消费品零售总额增速', 5.4, 5)],
  [amount('一般公共预算收入', 41.08, 3), rate('一般公共预算收入增速', 4.7, 6)],
  [amount('进出口总额', 96.3, 7), rate('进出口总额增速', 3.1, 8)],
  [amount('实际利用外资', 18650, 5, '万美元'), rate('实际利用外资增速', 12.6, 2)],
  [amount('城镇居民人均可支配收入', 41236, 4, '元'), rate('城镇居民人均可支配收入增速', 5.1, 5)],
  [amount('农村居民人均可支配收入', 23517, 6, '元'), rate('农村居民人均可支配收入增速', 6.8, 3)],
];

export const RATES: readonly WorkloadIndicator[] = [rate('规模以上工业增加值增速', 7.4, 2), rate('规模以上工业投资增速', 9.3, 4), rate('房地产开发投资增速', 2.2, 9)];

export const COUNTS: readonly WorkloadIndicator[] = [
  count('签约重点项目数', '个', 46, 3),
  count('开工重点项目数', '个', 38, 4),
  count('新增市场主体数', '户', 5120, 2),
  count('棚户区改造项目数', '个', 12, 6),
  count('回迁安置户数', '户', 1860, 5),
];

export const AMOUNTS: readonly WorkloadIndicator[] = [amount('重点项目完成投资额', 152.4, 3), amount('招商引资到位资金', 88.9, 4)];

export const WORKLOAD_INDICATORS: readonly WorkloadIndicator[] = [...PAIRS.flat(), ...RATES, ...COUNTS, ...AMOUNTS];

/** The figure placeholder_refresh_ms changes in the store. */
export const REFRESHED_INDICATOR = '地区生产总值增速';
