import type { Target, TargetForm } from '../domain/index.ts';
import { normalizeName } from './indicator-name.ts';
import { isPercentTarget } from './units.ts';
import { isBound, satisfiesBound } from './measures.ts';

/** 年均增长, 增长率, GDP增长, 增速 … (a rate judged on itself) */
export const isGrowthName = (name: string): boolean => /增长|增速/.test(normalizeName(name));

/** A five-year total: a bracketed cell ([21], 〔13.5〕) or 累计 in the name. */
export const isCumulative = (target: Target): boolean =>
  target.target.cumulative || /累计/.test(normalizeName(target.name));

/** A yearly growth rate: read from a 年均增长 column (whatever the row's unit), or named so with unit %. */
export const isGrowthTarget = (target: Target): boolean =>
  !isCumulative(target) && (target.target.annual === true || (isGrowthName(target.name) && isPercentTarget(target)));

/**
 * The form a target is judged by — the first that applies: qualitative, growth, cumulative,
 * maintain (T = B, or a bound the printed baseline already satisfies), level.
 */
export function classifyForm(target: Target): TargetForm {
  const t = target.target;
  if (t.value === null) return 'qualitative';
  if (isGrowthTarget(target)) return 'growth';
  if (isCumulative(target)) return 'cumulative';
  const b = target.baseline;
  if (b?.value == null) return 'level';
  const holds = isBound(t.comparator)
    ? satisfiesBound({ value: b.value, comparator: b.comparator }, t.value, t.comparator)
    : b.value === t.value;
  return holds ? 'maintain' : 'level';
}
