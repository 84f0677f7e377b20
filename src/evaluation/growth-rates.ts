import type { Target } from '../domain/index.ts';
import { isGrowthName } from './classify-form.ts';
import type { ObservedValue } from './series.ts';
import { isPercentTarget, isPercentUnit } from './units.ts';

export interface GrowthRates {
  /** the observations that are yearly growth rates */
  readonly rates: ObservedValue[];
  /** the unit the rates are judged in */
  readonly unit: string | null;
  /** Chinese notes on level values left out */
  readonly notes: string[];
}

/**
 * The observations a growth target is judged on. A % row takes them all, as before. A level row
 * with a 年均增长 target (地区生产总值, 亿元, 5左右) takes only rates: values in %, or without a unit
 * under a growth name (地区生产总值增速); its levels (4663 亿元) are not rates and are named.
 */
export function growthRates(observations: readonly ObservedValue[], target: Target): GrowthRates {
  if (isPercentTarget(target) || target.unit === null) return { rates: [...observations], unit: target.unit, notes: [] };
  const isRate = (o: ObservedValue) => isRateValue(o);
  const rates = observations.filter(isRate);
  const levels = observations.filter((o) => !isRate(o)).map((o) => o.year);
  const years = [...new Set(levels)].sort((a, b) => a - b);
  const notes = years.length
    ? [`${years.join('、')}年的观测值是水平值（${target.unit}），年均增长目标按增速（%）判断，未采用；请填报“${target.name}增速”`]
    : [];
  return { rates, unit: '%', notes };
}

/** A yearly rate rather than a level: a value in %, a milestone word, or a value without unit under a growth name. */
export const isRateValue = (o: { readonly value: number | null; readonly unit?: string | null; readonly indicator?: string }): boolean =>
  o.value === null || isPercentUnit(o.unit ?? null) || (!o.unit && o.indicator !== undefined && isGrowthName(o.indicator));
