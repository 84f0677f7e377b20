import type { Direction, EvaluationMethod, Indicator, IndicatorEvaluation, IndicatorTable, Observation, PlanEvaluation, PlanMeta, Target } from '../domain/index.ts';
import { baseYearOrYearBeforePeriod, invalidInput } from '../domain/index.ts';
import { evaluateIndicator } from './evaluate-indicator.ts';
import { evaluateCompletionRow, isBlankValue, summarizeCompletion } from './completion-table.ts';
import { matchesRegion } from './indicator-name.ts';
import { normalizeThresholds, type Thresholds } from './thresholds.ts';
import { chooseAsOf, inPlanPeriod, summarize } from './period.ts';
import { observesRow } from './row-observations.ts';

/** What evaluatePlan reads of a plan-extract/1 (or a stored plan). */
export interface PlanInput {
  readonly plan: Pick<PlanMeta, 'title' | 'region' | 'period' | 'baseYear'>;
  readonly tables?: readonly IndicatorTable[];
  readonly indicators: readonly Indicator[];
}

export type ObservationInput = Pick<Observation, 'indicator' | 'year' | 'value' | 'comparator' | 'milestone' | 'note' | 'unit'> &
  Partial<Pick<Observation, 'region'>>;

export interface EvaluatePlanInput {
  readonly plan: PlanInput;
  readonly observations: readonly ObservationInput[];
  /** defaults to the latest year observed in t0+1 … tT, or t0; a year past tT is taken as tT (said so) */
  readonly asOf?: number;
  readonly method?: EvaluationMethod;
  readonly thresholds?: Partial<Thresholds>;
  /** the catalogue's direction for an indicator name */
  readonly directions?: (name: string) => Direction | null | undefined;
  /** 年度计划 targets by indicator name, then year */
  readonly annualTargets?: Readonly<Record<string, Readonly<Record<number, number>>>>;
}

/** The plan's base year and period end; invalid-input when the plan states neither. */
export function planYears(plan: PlanInput['plan']): { baseYear: number; targetYear: number } {
  const baseYear = baseYearOrYearBeforePeriod(plan.baseYear, plan.period?.start);
  const targetYear = plan.period?.end ?? (baseYear !== null ? baseYear + 5 : null);
  if (baseYear === null || targetYear === null) {
    throw invalidInput('未能从规划中识别规划期（如“2021—2025年”）和基期年份，无法评估；请检查规划文本的标题或指标表表头');
  }
  return { baseYear, targetYear };
}

const isCompletionRow = (row: Indicator, tables: readonly IndicatorTable[]): boolean =>
  row.actual !== null || tables.some((t) => t.caption === row.table && t.kind === 'completion');

/** A domain Target from an extracted indicator row and the plan's years. */
export const targetOf = (row: Indicator, years: { baseYear: number; targetYear: number }): Target => ({
  name: row.name, unit: row.unit, attribute: row.attribute, baseline: isBlankValue(row.baseline) ? null : row.baseline,
  target: row.target!, baseYear: years.baseYear, targetYear: years.targetYear,
});

/** The row's id first when it has one (a stored plan), so the web and API name the row judged, not its name. */
const withRowId = (row: Indicator, judged: IndicatorEvaluation): IndicatorEvaluation => (row.rowId === undefined ? judged : { id: row.rowId, ...judged });

/**
 * Evaluates every target row and completion-table row of a plan (evaluation/1). Pure. Only the
 * observations of the plan's years t0 … tT count, whatever their region's later plans.
 */
export function evaluatePlan(input: EvaluatePlanInput): PlanEvaluation {
  const { plan } = input;
  const years = planYears(plan.plan);
  const thresholds = normalizeThresholds(input.thresholds);
  const method = input.method ?? 'time-progress';
  const tables = plan.tables ?? [];
  const observations = input.observations.filter((o) => !o.region || matchesRegion(o.region, plan.plan.region));
  const targetRows = plan.indicators.filter((row) => !isCompletionRow(row, tables) && !isBlankValue(row.target));
  const matched = observationsOfRows(targetRows, observations);
  const { asOf, phase, notices } = chooseAsOf(years, matched.flat().map((o) => o.year), input.asOf);
  const indicators = targetRows.map((row, i) => withRowId(row, evaluateIndicator({
    target: targetOf(row, years), observations: matched[i].filter((o) => inPlanPeriod(o.year, years)), asOf, method, thresholds,
    direction: input.directions?.(row.name) ?? null, annualTargets: input.annualTargets?.[row.name],
  })));
  const completion = plan.indicators
    .filter((row) => isCompletionRow(row, tables))
    .flatMap((row) => evaluateCompletionRow(row, thresholds, input.directions?.(row.name)) ?? []);
  return {
    schema: 'evaluation/1',
    plan: { title: plan.plan.title, region: plan.plan.region },
    asOf,
    phase,
    method,
    notices,
    summary: summarize(indicators, phase),
    indicators,
    completion,
    completionSummary: summarizeCompletion(completion),
  };
}

/**
 * Each row's observations, in their order. Whether an observation is of a row depends on its name alone, and a
 * region's values repeat a few dozen names over many years: each name is matched once per row, not each value
 * (60 rows × 360 values of a national-size region were 21,600 matches for each of a plan's ~7 judgements).
 */
function observationsOfRows<T extends { readonly indicator: string }>(rows: readonly Indicator[], observations: readonly T[]): T[][] {
  const names = [...new Set(observations.map((o) => o.indicator))];
  return rows.map((row) => {
    const observed = new Set(names.filter((indicator) => observesRow({ indicator }, row)));
    return observations.filter((o) => observed.has(o.indicator));
  });
}
