import type { Attribute } from './plan.ts';
import type { Direction, Value } from './value.ts';

/** `not-achieved` (未完成) only at the `final` phase, where the pace statuses are not used. */
export type ProgressStatus =
  | 'achieved' | 'ahead' | 'on-track' | 'lagging' | 'regressing' | 'not-achieved' | 'no-data' | 'not-assessable';
/** 年度监测 / 中期评估 / 总结评估, from the as-of year's place in the period (evaluation.md). */
export type EvaluationPhase = 'annual' | 'mid-term' | 'final';
export type CompletionStatus = 'achieved' | 'not-achieved' | 'no-data';
export type TargetForm = 'qualitative' | 'growth' | 'cumulative' | 'maintain' | 'level';
export type EvaluationMethod = 'time-progress' | 'cagr-ratio' | 'extrapolation';
export type ForecastOutcome = 'likely' | 'at-risk' | 'unlikely';
/** 预警 */
export type Warning = 'red' | 'yellow';

export interface Forecast {
  readonly value: number;
  /** A = (ŷ − B)/(T − B); null for maintain */
  readonly anticipated: number | null;
  readonly outcome: ForecastOutcome;
  /** least-squares line, with three or more points */
  readonly linear: number | null;
}

/** One judged indicator (evaluation/1 `indicators[]`). */
export interface IndicatorEvaluation {
  /** extra key: the judged row's id (a stored plan): two tables printing one name are two indicators */
  readonly id?: number;
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: Attribute | null;
  readonly direction: Direction;
  readonly form: TargetForm;
  readonly baseline: { readonly year: number; readonly value: number | null } | null;
  readonly target: { readonly year: number; readonly raw: string; readonly value: number | null } | null;
  readonly latest: { readonly year: number; readonly value: number | null } | null;
  readonly timeProgress: number | null;
  readonly completion: number | null;
  readonly pace: number | null;
  readonly status: ProgressStatus;
  readonly label: string;
  readonly forecast: Forecast | null;
  readonly warning: Warning | null;
  readonly explanation: string;
  /** extra key: the level judged (the latest value, the running total, or the compound mean rate) */
  readonly level?: number | null;
  /** extra key: the year's value against the yearly path (年度目标) */
  readonly annualTarget?: AnnualTarget | null;
  /** extra key: the yearly path from baseline to target */
  readonly path?: PathPoint[];
}

/** One row of a completion table judged (evaluation/1 `completion[]`). */
export interface CompletionEvaluation {
  /** extra key: the judged row's id (a stored plan) */
  readonly id?: number;
  readonly table: string;
  readonly name: string;
  readonly unit: string | null;
  readonly target: { readonly raw: string; readonly value: number | null };
  readonly actual: { readonly raw: string; readonly value: number | null } | null;
  readonly status: CompletionStatus;
  readonly label: string;
}

/** The evaluation/1 object. */
export interface PlanEvaluation {
  readonly schema: 'evaluation/1';
  readonly plan: { readonly title: string | null; readonly region: string | null };
  readonly asOf: number;
  readonly phase: EvaluationPhase;
  readonly method: EvaluationMethod;
  /** what the reader must know about the as-of year and the observations left out (said in Chinese) */
  readonly notices: string[];
  /** counts of the phase's statuses (final: achieved, not-achieved, no-data, not-assessable) */
  readonly summary: EvaluationSummary;
  readonly indicators: IndicatorEvaluation[];
  readonly completion: CompletionEvaluation[];
  readonly completionSummary: Record<CompletionStatus, number>;
}

/** Status counts of one evaluation: the statuses its phase uses, and the warnings. */
export type EvaluationSummary = Readonly<Partial<Record<ProgressStatus, number>>> & { readonly warnings: number };

/** The statuses each phase judges by, in the order they are counted. */
export const phaseStatuses: Readonly<Record<EvaluationPhase, readonly ProgressStatus[]>> = {
  annual: ['achieved', 'ahead', 'on-track', 'lagging', 'regressing', 'no-data', 'not-assessable'],
  'mid-term': ['achieved', 'ahead', 'on-track', 'lagging', 'regressing', 'no-data', 'not-assessable'],
  final: ['achieved', 'not-achieved', 'no-data', 'not-assessable'],
};

/** Every status in the order charts and tables show them (not-achieved only at the final phase). */
export const progressStatuses: readonly ProgressStatus[] = [
  'achieved', 'ahead', 'on-track', 'lagging', 'regressing', 'not-achieved', 'no-data', 'not-assessable',
];

/** 年度监测 / 中期评估 / 总结评估; a report's title adds 报告. */
export const phaseLabels: Readonly<Record<EvaluationPhase, string>> = {
  annual: '年度监测',
  'mid-term': '中期评估',
  final: '总结评估',
};

/** The year's value against the yearly path from baseline to target (年度目标). */
export interface AnnualTarget {
  readonly year: number;
  /** the path's value for that year (user-given 年度计划 targets override it) */
  readonly value: number;
  /** the comparable actual: the level, the running total, or the cumulative growth in % */
  readonly actual: number | null;
  /** d·(actual − value) ≥ 0 */
  readonly met: boolean | null;
  readonly source: 'path' | 'plan';
}

/** One point of the yearly path (年度目标). */
export interface PathPoint {
  readonly year: number;
  readonly value: number;
}

/** An indicator's goal as the evaluation engine sees it (built from an extracted Indicator). */
export interface Target {
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: Attribute | null;
  /** the printed baseline cell, null when none is printed */
  readonly baseline: Value | null;
  readonly target: Value;
  /** the plan's base year (t0 unless the baseline cell is dated) */
  readonly baseYear: number;
  /** the plan's period end (tT) */
  readonly targetYear: number;
}

/** The label of each status, as evaluation.md names them (提前实现 becomes 已完成 at the final phase). */
export const statusLabels: Readonly<Record<ProgressStatus, string>> = {
  achieved: '提前实现',
  ahead: '快于预期',
  'on-track': '基本符合预期',
  lagging: '相对滞后',
  regressing: '严重滞后（逆向）',
  'not-achieved': '未完成',
  'no-data': '暂无数据',
  'not-assessable': '无法评估',
};
