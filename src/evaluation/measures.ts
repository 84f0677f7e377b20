import type { Comparator, Direction } from '../domain/index.ts';
import { round4 } from './round.ts';

/** A level as observed: a number, possibly printed with a comparator (<4 → lt). */
export interface Reading {
  readonly value: number;
  readonly comparator: Comparator | null;
}

export const isBound = (c: Comparator | null): c is 'ge' | 'gt' | 'le' | 'lt' =>
  c === 'ge' || c === 'gt' || c === 'le' || c === 'lt';

/** Differences below float noise count as equal (0.1 + 0.2 = 0.3). */
const compare = (a: number, b: number): number => {
  const diff = a - b;
  return Math.abs(diff) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : Math.sign(diff);
};

/**
 * Whether a reading satisfies the bound `comparator T`. A reading printed with a comparator is a
 * range: it satisfies only a bound on the same side that is the same or looser (<4 satisfies <4, ≤5).
 */
export function satisfiesBound(reading: Reading, bound: number, comparator: 'ge' | 'gt' | 'le' | 'lt'): boolean {
  const c = compare(reading.value, bound);
  const upper = comparator === 'le' || comparator === 'lt';
  if (isBound(reading.comparator)) {
    const readingUpper = reading.comparator === 'le' || reading.comparator === 'lt';
    if (readingUpper !== upper) return false;
    const strictTarget = comparator === 'lt' || comparator === 'gt';
    const strictReading = reading.comparator === 'lt' || reading.comparator === 'gt';
    const ok = upper ? c <= 0 : c >= 0;
    return c === 0 ? !strictTarget || strictReading : ok;
  }
  if (comparator === 'ge') return c >= 0;
  if (comparator === 'gt') return c > 0;
  if (comparator === 'le') return c <= 0;
  return c < 0;
}

/**
 * The rule for "met": eq → d·(L − T) ≥ 0; approx → that, or |L − T| ≤ tolerance·|T| (inclusive,
 * after rounding the relative gap to 4 decimals); ge/gt/le/lt as written.
 */
export function meets(reading: Reading, target: number, comparator: Comparator | null, d: Direction, tolerance: number): boolean {
  if (isBound(comparator)) return satisfiesBound(reading, target, comparator);
  const side = d === 1 ? 'ge' : 'le';
  if (satisfiesBound(reading, target, side)) return true;
  if (comparator !== 'approx' || isBound(reading.comparator)) return false;
  const gap = Math.abs(reading.value - target);
  return target === 0 ? gap === 0 : round4(gap / Math.abs(target)) <= tolerance;
}

/** 时序进度 τ = (t − t0)/(tT − t0), clamped to [0, 1]. */
export function timeProgress(t: number, t0: number, tT: number): number {
  if (tT <= t0) return 1;
  return Math.min(1, Math.max(0, (t - t0) / (tT - t0)));
}

/** 完成进度 p = (L − B)/(T − B); null when T = B. */
export const completion = (level: number, baseline: number, target: number): number | null =>
  target === baseline ? null : (level - baseline) / (target - baseline);
