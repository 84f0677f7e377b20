import type { IndicatorEvaluation } from '../domain/index.ts';
import type { JudgedIndicator } from './indicator-rows.ts';
import { judgedLevel } from './gaps.ts';
import { renderChartSvg } from './render-chart-svg.ts';
import { valueAxisRange } from './axis-range.ts';
import { isPercentUnit } from '../evaluation/index.ts';
import type { ChartPoint, IndicatorChart, ValueSource } from './report.ts';

export interface ChartContext {
  readonly asOf: number;
  /** the plan's base year, for indicators whose baseline cell is empty */
  readonly baseYear: number | null;
}

/**
 * The chart of one indicator: the annual path (linear baseline → target; 0 → total for
 * cumulative targets; the target rate each year for growth), actuals, the forecast, the target.
 * Undefined for targets without a number.
 */
export function buildChart({ evaluation: e, sources }: JudgedIndicator, ctx: ChartContext): IndicatorChart | undefined {
  const target = e.target?.value ?? null;
  if (e.form === 'qualitative' || target === null || !e.target) return undefined;
  const t0 = e.baseline?.year ?? ctx.baseYear ?? e.target.year - 5;
  const tT = e.target.year;
  const actuals = actualPoints(e, sources, ctx.asOf, t0);
  // a chart of the plan's path alone says nothing: only indicators observed after the base year are drawn
  if (!actuals.some((p) => p.year > t0)) return undefined;
  const forecast = forecastPoints(e, tT);
  const first = Math.min(t0, ...actuals.map((p) => p.year));
  const years = Array.from({ length: Math.max(tT, ...actuals.map((p) => p.year)) - first + 1 }, (_, i) => first + i);
  const unit = e.unit ?? '';
  const model = {
    indicator: e.name,
    title: unit ? `${e.name}（${unit}）` : e.name,
    unit,
    form: e.form,
    years,
    path: pathPoints(e, t0, tT, target),
    actuals,
    forecast,
    target: { year: tT, value: target },
  };
  const plotted = [model.path, actuals, forecast, [model.target]].flat().map((p) => p.value);
  const withAxis = { ...model, axis: valueAxisRange(plotted, isPercentUnit(unit)) };
  return { ...withAxis, svg: renderChartSvg(withAxis) };
}

/** The evaluation's yearly path (it honours 年度计划 targets) for levels and totals; the target rate for growth. */
function pathPoints(e: IndicatorEvaluation, t0: number, tT: number, target: number): ChartPoint[] {
  if (e.path?.length && e.form !== 'growth' && e.form !== 'maintain') return e.path.map((p) => ({ year: p.year, value: round(p.value) }));
  const span = tT - t0;
  if (span <= 0) return [];
  const years = Array.from({ length: span + 1 }, (_, i) => t0 + i);
  if (e.form === 'growth') return years.slice(1).map((year) => ({ year, value: target }));
  if (e.form === 'maintain') return years.map((year) => ({ year, value: target }));
  const start = e.form === 'cumulative' ? 0 : e.baseline?.value ?? null;
  if (start === null) return [];
  return years.map((year) => ({ year, value: round(start + ((target - start) * (year - t0)) / span) }));
}

/** Observed values up to the as-of year; running totals for cumulative targets. */
function actualPoints(e: IndicatorEvaluation, sources: readonly ValueSource[], asOf: number, t0: number): ChartPoint[] {
  const observed = new Map<number, number>();
  for (const s of sources) {
    if (s.value !== null && s.year > t0 && s.year <= asOf) observed.set(s.year, s.value);
  }
  if (e.form !== 'cumulative' && e.form !== 'growth' && e.latest?.value != null) observed.set(e.latest.year, e.latest.value);
  const points = [...observed].sort(([a], [b]) => a - b).map(([year, value]) => ({ year, value }));
  if (e.form === 'cumulative') {
    let sum = 0;
    return [{ year: t0, value: 0 }, ...points.map((p) => ({ year: p.year, value: round((sum += p.value)) }))];
  }
  const base = e.form !== 'growth' && e.baseline?.value != null ? [{ year: t0, value: e.baseline.value }] : [];
  return [...base, ...points];
}

function forecastPoints(e: IndicatorEvaluation, tT: number): ChartPoint[] {
  const level = judgedLevel(e);
  if (!e.forecast || !e.latest || level === null || e.latest.year >= tT) return [];
  return [{ year: e.latest.year, value: round(level) }, { year: tT, value: round(e.forecast.value) }];
}

const round = (value: number) => Math.round(value * 10000) / 10000;
