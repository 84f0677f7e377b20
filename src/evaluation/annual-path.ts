import type { AnnualTarget, Direction, PathPoint, TargetForm } from '../domain/index.ts';
import { round4 } from './round.ts';

export interface PathInput {
  readonly form: TargetForm;
  /** the baseline used (0 for five-year totals); null leaves the path empty */
  readonly baseline: number | null;
  readonly t0: number;
  readonly target: number | null;
  readonly tT: number;
  /** the yearly targets of the 年度计划, overriding the path's years */
  readonly overrides?: Readonly<Record<number, number>>;
}

/**
 * 年度目标: the yearly path from baseline to target — linear for levels and five-year totals
 * (running total), compound for growth (the cumulative growth since t0 in %, at T% a year).
 */
export function buildAnnualPath(input: PathInput): PathPoint[] {
  const { form, baseline, t0, target, tT } = input;
  if (form === 'qualitative' || target === null || tT <= t0) return [];
  const points: PathPoint[] = [];
  for (let year = t0; year <= tT; year += 1) {
    const k = year - t0;
    const planned = input.overrides?.[year];
    if (planned !== undefined) points.push({ year, value: planned });
    else if (form === 'growth') points.push({ year, value: round4(100 * ((1 + target / 100) ** k - 1)) });
    else if (form === 'cumulative') points.push({ year, value: round4((target * k) / (tT - t0)) });
    else if (baseline !== null) points.push({ year, value: round4(baseline + ((target - baseline) * k) / (tT - t0)) });
  }
  return points;
}

/** Cumulative growth in % of yearly rates: 100·(Π(1 + O/100) − 1), comparable to a growth path. */
export const cumulativeGrowth = (rates: readonly number[]): number =>
  100 * (rates.reduce((p, r) => p * (1 + r / 100), 1) - 1);

/** The year's actual against the path's value for that year; null when the path has no such year. */
export function annualTargetFor(
  path: readonly PathPoint[],
  year: number,
  actual: number | null,
  direction: Direction,
  overrides?: Readonly<Record<number, number>>,
): AnnualTarget | null {
  const point = path.find((p) => p.year === year);
  if (!point) return null;
  const met = actual === null ? null : direction * (round4(actual) - point.value) >= 0;
  const source = overrides?.[year] !== undefined ? 'plan' : 'path';
  return { year, value: point.value, actual: actual === null ? null : round4(actual), met, source };
}
