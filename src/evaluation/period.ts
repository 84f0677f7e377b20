import { phaseStatuses, type EvaluationPhase, type EvaluationSummary, type IndicatorEvaluation } from '../domain/index.ts';
import { round4 } from './round.ts';

export interface PlanYears {
  /** t0, the plan's base year */
  readonly baseYear: number;
  /** tT, the plan's period end */
  readonly targetYear: number;
}

/** τ bounds of the mid-term evaluation (中期评估), inclusive: evaluation.md "Period, phase". */
const MID_TERM = { from: 0.4, to: 0.6 } as const;

export interface AsOfChoice {
  readonly asOf: number;
  readonly phase: EvaluationPhase;
  readonly notices: string[];
}

/**
 * The as-of year: the one asked for, but never past the target year (said so); by default the
 * latest year observed in t0+1 … tT, else t0. Years after tT belong to the next plan and are named.
 */
export function chooseAsOf(years: PlanYears, observedYears: readonly number[], requested?: number): AsOfChoice {
  const { baseYear, targetYear } = years;
  const notices: string[] = [];
  const later = [...new Set(observedYears.filter((y) => y > targetYear))].sort((a, b) => a - b);
  if (later.length) {
    notices.push(`${later.join('、')}年的观测值在规划期（${baseYear + 1}—${targetYear}年）之后，属于下一规划期，本规划不采用`);
  }
  const inPeriod = observedYears.filter((y) => y > baseYear && y <= targetYear);
  let asOf = requested ?? Math.max(baseYear, ...inPeriod);
  if (asOf > targetYear) {
    notices.push(pastTargetNotice(asOf, targetYear));
    asOf = targetYear;
  }
  return { asOf, phase: phaseOf(asOf, years), notices };
}

/** What a judgement at a year past the plan's target year says: it is the final one, at tT. */
export const pastTargetNotice = (requested: number, targetYear: number): string =>
  `评估基准年${requested}年晚于规划目标年${targetYear}年，按${targetYear}年作总结评估`;

/** final at tT; mid-term when 0.4 ≤ τ ≤ 0.6 (τ = (asOf − t0)/(tT − t0), rounded to 4 places); else annual. */
export function phaseOf(asOf: number, { baseYear, targetYear }: PlanYears): EvaluationPhase {
  if (asOf >= targetYear) return 'final';
  const tau = round4((asOf - baseYear) / (targetYear - baseYear));
  return tau >= MID_TERM.from && tau <= MID_TERM.to ? 'mid-term' : 'annual';
}

/** Whether an observation's year is within the plan's years t0 … tT. */
export const inPlanPeriod = (year: number, { baseYear, targetYear }: PlanYears): boolean =>
  year >= baseYear && year <= targetYear;

/** Counts of the phase's statuses, and the warnings. */
export function summarize(indicators: readonly IndicatorEvaluation[], phase: EvaluationPhase): EvaluationSummary {
  const counts = Object.fromEntries(phaseStatuses[phase].map((s) => [s, indicators.filter((e) => e.status === s).length]));
  return { ...counts, warnings: indicators.filter((e) => e.warning !== null).length };
}
