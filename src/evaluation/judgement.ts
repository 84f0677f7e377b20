import type { Direction, EvaluationMethod, Forecast, ProgressStatus, Target } from '../domain/index.ts';
import type { Thresholds } from './thresholds.ts';
import type { Series } from './series.ts';
import type { ResolvedDirection } from './direction.ts';

/** What every form's judge is given. */
export interface JudgeContext {
  readonly target: Target;
  /** the target's number (judges for qualitative targets do not read it) */
  readonly T: number;
  /** the printed baseline's number, or null */
  readonly B: number | null;
  /** the baseline's year: the cell's footnoted year, else the plan's base year */
  readonly t0: number;
  readonly tT: number;
  readonly asOf: number;
  /** the final evaluation (asOf ≥ tT): met → achieved, else not-achieved; no pace, no forecast */
  readonly final: boolean;
  readonly series: Series;
  readonly method: EvaluationMethod;
  readonly thresholds: Thresholds;
  readonly percent: boolean;
  /** the direction as resolved for B (or the substituted baseline) */
  readonly resolve: (baseline: number | null) => ResolvedDirection;
}

/** A judge's verdict, before the common fields (name, unit, warning …) are added. */
export interface Judgement {
  readonly status: ProgressStatus;
  readonly direction: Direction;
  readonly timeProgress: number | null;
  readonly completion: number | null;
  readonly pace: number | null;
  /** L: the latest value, the running total, or the compound mean rate */
  readonly level: number | null;
  readonly latest: { readonly year: number; readonly value: number | null } | null;
  readonly forecast: Forecast | null;
  /** Chinese sentences, joined with "；" */
  readonly explanation: string[];
  /** the baseline the measures used (B, 0 for totals, or a substituted observation) */
  readonly baselineUsed: { readonly year: number; readonly value: number } | null;
}

/** A verdict without measures (no data, not assessable, a milestone word); latest and level when known. */
export const emptyJudgement = (
  status: ProgressStatus,
  direction: Direction,
  explanation: string[],
  latest: Judgement['latest'] = null,
  level: number | null = null,
): Judgement => ({
  status,
  direction,
  timeProgress: null,
  completion: null,
  pace: null,
  level,
  latest,
  forecast: null,
  explanation,
  baselineUsed: null,
});

/** The window the observations were looked for in, for "no data" explanations. */
export const noDataText = (t0: number, asOf: number): string =>
  asOf <= t0 ? `评估基准年${asOf}年不晚于基期${t0}年，规划期内暂无监测数据` : `暂无${t0 + 1}—${asOf}年的监测数据`;
