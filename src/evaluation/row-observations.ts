import type { Indicator } from '../domain/index.ts';
import { isGrowthName } from './classify-form.ts';
import { matchName } from './indicator-name.ts';

/** How sources name the yearly rate of a level (地区生产总值 → 地区生产总值增速). */
const RATE_SUFFIXES = ['增速', '增长', '增长率'] as const;

/**
 * Whether an observation is of this row: the same indicator by name; for a level row whose target
 * is a 年均增长 rate (地区生产总值 亿元, 5左右), also the rate named after it (地区生产总值增速).
 */
export function observesRow(observation: { readonly indicator: string }, row: Pick<Indicator, 'name' | 'target'>): boolean {
  if (matchName(observation.indicator, row.name) !== undefined) return true;
  if (row.target?.annual !== true || isGrowthName(row.name)) return false;
  return RATE_SUFFIXES.some((suffix) => matchName(observation.indicator, `${row.name}${suffix}`) !== undefined);
}
