/** The value axis of a chart: a few round steps around what is drawn, not from zero nor a library's guess. */
export interface AxisRange {
  readonly min: number;
  readonly max: number;
  readonly interval: number;
}

/** Around five labelled steps: enough to read a value off, few enough for a chart 300 px high. */
const steps = 5;

/** 1, 2, 2.5 or 5 times a power of ten, the first at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * power >= raw - 1e-12) ?? 10;
  return factor * power;
}

/**
 * The range of the plotted values padded to round steps. It stays at or above 0 when every value does,
 * and a percentage of a whole (城镇化率 …) stays at or below 100, so no axis shows −20% or 120%.
 */
export function valueAxisRange(values: readonly number[], percent: boolean): AxisRange {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return { min: 0, max: 1, interval: 0.2 };
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const span = high - low || Math.abs(high) * 0.2 || 1;
  const interval = niceStep((span * 1.2) / steps);
  let min = Math.floor((low - span * 0.1) / interval) * interval;
  let max = Math.ceil((high + span * 0.1) / interval) * interval;
  if (low >= 0 && min < 0) min = 0;
  if (percent && high <= 100 && low >= 0 && max > 100) max = 100;
  return { min: round(min), max: round(max), interval: round(interval) };
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
