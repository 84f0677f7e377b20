import type { Comparator, Direction, Forecast } from '../domain/index.ts';
import type { Thresholds } from './thresholds.ts';
import { meets } from './measures.ts';
import { round4, round4OrNull } from './round.ts';

export interface Point {
  readonly year: number;
  readonly value: number;
}

export interface Projection {
  readonly value: number;
  /** least-squares line through three or more points, else null */
  readonly linear: number | null;
  /** why compound growth could not be used, when it could not */
  readonly note: string | null;
}

const clampPercent = (x: number, percent: boolean): number => (percent ? Math.min(100, Math.max(0, x)) : x);

/** Least-squares line through the points, read at `year`. */
export function linearTrend(points: readonly Point[], year: number): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0);
  return sxx === 0 ? my : my + (sxy / sxx) * (year - mx);
}

/**
 * A level's value in the target year: compound growth from B (first point) to L (last point)
 * when both are positive, else the straight line through them; plus the least-squares line with
 * three or more points. % indicators stay within 0–100.
 */
export function projectLevel(points: readonly Point[], targetYear: number, percent: boolean): Projection | null {
  if (points.length < 2) return null;
  const first = points[0];
  const last = points[points.length - 1];
  const span = last.year - first.year;
  if (span <= 0) return null;
  const linear = points.length >= 3 ? clampPercent(linearTrend(points, targetYear), percent) : null;
  const ahead = Math.max(0, targetYear - last.year);
  if (first.value > 0 && last.value > 0) {
    const g = (last.value / first.value) ** (1 / span) - 1;
    return { value: clampPercent(last.value * (1 + g) ** ahead, percent), linear, note: null };
  }
  const straight = last.value + ((last.value - first.value) / span) * ahead;
  return { value: clampPercent(straight, percent), linear, note: '基期值或现值非正，无法按复合增速外推，改按线性外推' };
}

/** A five-year total: the sum so far plus the mean yearly amount for each remaining year. */
export const projectCumulative = (sum: number, n: number, latestYear: number, targetYear: number): number =>
  sum + (sum / n) * Math.max(0, targetYear - latestYear);

export interface ForecastInput {
  readonly value: number;
  readonly linear: number | null;
  readonly baseline: number;
  readonly target: number;
  readonly comparator: Comparator | null;
  readonly direction: Direction;
  /** growth targets: A = ŷ/T rather than (ŷ − B)/(T − B) */
  readonly growth: boolean;
  /** maintain targets: likely or unlikely by the bound alone, A null */
  readonly maintain: boolean;
}

/** Outcome: likely when ŷ meets the target, else at-risk when A ≥ 0.8, else unlikely. */
export function judgeForecast(input: ForecastInput, th: Thresholds): Forecast {
  const reading = { value: input.value, comparator: null };
  const met = meets(reading, input.target, input.comparator, input.direction, th.approx);
  const value = round4(input.value);
  const linear = round4OrNull(input.linear);
  if (input.maintain) return { value, anticipated: null, outcome: met ? 'likely' : 'unlikely', linear };
  const A = anticipated(input);
  const outcome = met ? 'likely' : A !== null && A >= th.atRisk ? 'at-risk' : 'unlikely';
  return { value, anticipated: A, outcome, linear };
}

function anticipated(input: ForecastInput): number | null {
  if (input.growth) return input.target === 0 ? null : round4(input.value / input.target);
  const span = input.target - input.baseline;
  return span === 0 ? null : round4((input.value - input.baseline) / span);
}
