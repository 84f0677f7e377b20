import type { Comparator, Observation } from '../domain/index.ts';
import { convertUnit } from './units.ts';

/** What the engine needs of an observation. */
export type ObservedValue = Pick<Observation, 'year' | 'value' | 'comparator' | 'milestone' | 'note' | 'unit'> & {
  /** the indicator as the observation names it, when known (a rate is told from a level by it) */
  readonly indicator?: string;
};

/** One year's value as judged: numbers in the indicator's unit. */
export interface SeriesValue {
  readonly year: number;
  readonly value: number | null;
  readonly comparator: Comparator | null;
  readonly milestone: string | null;
}

export interface Series {
  /** one value per year, t0 < year ≤ min(asOf, tT), sorted by year */
  readonly values: SeriesValue[];
  /** Chinese notes on values left out (a unit that cannot be converted) */
  readonly notes: string[];
}

const isPreliminary = (o: ObservedValue): boolean => /预计/.test(o.note ?? '');

/**
 * The observations an indicator is judged on: after t0 and up to `until` (asOf, never past the
 * target year: later years belong to the next plan), one per year
 * (a final value wins over a 预计 one; otherwise the later given), numbers converted
 * to the indicator's unit when they differ by scale only.
 */
export function selectSeries(observations: readonly ObservedValue[], t0: number, until: number, unit: string | null): Series {
  const byYear = new Map<number, ObservedValue>();
  const notes: string[] = [];
  for (const o of observations) {
    if (o.year <= t0 || o.year > until) continue;
    const held = byYear.get(o.year);
    if (held && !isPreliminary(held) && isPreliminary(o)) continue;
    byYear.set(o.year, o);
  }
  const values: SeriesValue[] = [];
  for (const o of [...byYear.values()].sort((a, b) => a.year - b.year)) {
    if (o.value === null) {
      values.push({ year: o.year, value: null, comparator: null, milestone: o.milestone });
      continue;
    }
    const value = convertUnit(o.value, o.unit, unit);
    if (value === undefined) notes.push(`${o.year}年观测值单位“${o.unit}”与指标单位“${unit}”不能换算，未采用`);
    else values.push({ year: o.year, value, comparator: o.comparator, milestone: null });
  }
  return { values, notes };
}

/** The values that are numbers. */
export const numericValues = (series: Series): Array<SeriesValue & { value: number }> =>
  series.values.filter((v): v is SeriesValue & { value: number } => v.value !== null);
