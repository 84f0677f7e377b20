import type { Direction, EvaluationMethod, IndicatorEvaluation, Target, TargetForm } from '../domain/index.ts';
import { classifyForm } from './classify-form.ts';
import { resolveDirection } from './direction.ts';
import { selectSeries, numericValues, type ObservedValue } from './series.ts';
import type { JudgeContext, Judgement } from './judgement.ts';
import { judgeLevel } from './judge-level.ts';
import { judgeCumulative } from './judge-cumulative.ts';
import { judgeMaintain } from './judge-maintain.ts';
import { judgeGrowth } from './judge-growth.ts';
import { judgeQualitative } from './judge-qualitative.ts';
import { annualTargetFor, buildAnnualPath, cumulativeGrowth } from './annual-path.ts';
import { defaultThresholds, type Thresholds } from './thresholds.ts';
import { isPercentTarget } from './units.ts';
import { labelFor } from './status.ts';
import { round4 } from './round.ts';
import { warningFor } from './warning.ts';
import { growthRates } from './growth-rates.ts';

export interface IndicatorInput {
  readonly target: Target;
  /** this indicator's observations (any years; the engine picks t0 < y ≤ min(asOf, tT)) */
  readonly observations: readonly ObservedValue[];
  readonly asOf: number;
  readonly method?: EvaluationMethod;
  readonly thresholds?: Thresholds;
  /** the indicator catalogue's direction, when it has one */
  readonly direction?: Direction | null;
  /** the 年度计划's yearly targets, overriding the path */
  readonly annualTargets?: Readonly<Record<number, number>>;
}

const judges: Record<TargetForm, (ctx: JudgeContext) => Judgement> = {
  qualitative: judgeQualitative,
  growth: judgeGrowth,
  cumulative: judgeCumulative,
  maintain: judgeMaintain,
  level: judgeLevel,
};

/**
 * Judges one indicator by its form and the chosen method (evaluation.md). Pure. From the target
 * year on (asOf ≥ tT) the verdict is final: achieved or not-achieved, without pace or forecast.
 */
export function evaluateIndicator(input: IndicatorInput): IndicatorEvaluation {
  const { target } = input;
  const form = classifyForm(target);
  const final = input.asOf >= target.targetYear;
  const t0 = form === 'cumulative' ? target.baseYear : (target.baseline?.year ?? target.baseYear);
  const T = target.target.value ?? 0;
  const rates = form === 'growth' ? growthRates(input.observations, target) : null;
  // a level row's baseline (5100 亿元) says nothing of a rate's direction
  const B = form === 'cumulative' ? 0 : rates && rates.unit !== target.unit ? null : (target.baseline?.value ?? null);
  const until = Math.min(input.asOf, target.targetYear);
  const series = selectSeries(rates?.rates ?? input.observations, t0, until, rates?.unit ?? target.unit);
  const ctx: JudgeContext = {
    target, T, B, t0, tT: target.targetYear, asOf: input.asOf, final, series,
    method: input.method ?? 'time-progress',
    thresholds: input.thresholds ?? defaultThresholds,
    percent: isPercentTarget(target),
    resolve: (baseline) => resolveDirection({
      name: target.name, catalogue: input.direction, comparator: target.target.comparator,
      baseline, target: target.target.value,
    }),
  };
  const judged = judges[form](ctx);
  const notes = [...series.notes, ...(rates?.notes ?? []), ...staleNote(judged, target.targetYear, final)];
  const path = buildAnnualPath({ form, baseline: judged.baselineUsed?.value ?? B, t0: judged.baselineUsed?.year ?? t0, target: target.target.value, tT: target.targetYear, overrides: input.annualTargets });
  const actual = form === 'growth' ? cumulativeGrowth(numericValues(series).map((v) => v.value)) : judged.level;
  const annualTarget = judged.latest && judged.level !== null ? annualTargetFor(path, judged.latest.year, actual, judged.direction, input.annualTargets) : null;
  return {
    name: target.name,
    unit: target.unit,
    attribute: target.attribute,
    direction: judged.direction,
    form,
    baseline: target.baseline ? { year: t0, value: target.baseline.value } : null,
    target: { year: target.targetYear, raw: target.target.raw, value: target.target.value },
    latest: judged.latest,
    timeProgress: judged.timeProgress,
    completion: judged.completion,
    pace: final ? null : judged.pace,
    status: judged.status,
    label: labelFor(judged.status, final),
    forecast: final ? null : judged.forecast,
    warning: warningFor(judged.status, final ? null : (judged.forecast?.outcome ?? null), target.attribute),
    explanation: [...judged.explanation, ...notes].join('；'),
    level: judged.level === null ? null : round4(judged.level),
    annualTarget,
    path,
  };
}

/** At the final evaluation, a verdict on an earlier year's value says which year it is. */
function staleNote(judged: Judgement, tT: number, final: boolean): string[] {
  const year = judged.latest?.year;
  return final && year !== undefined && year < tT ? [`按${year}年数据判断，暂无${tT}年数据`] : [];
}
