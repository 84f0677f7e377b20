import {
  progressStatuses, type EvaluationPhase, type PlanEvaluation, type ProgressStatus, type Warning,
} from '../domain/index.ts';
import { pastTargetNotice } from './period.ts';

/** The plan a dashboard row is about (ids, not names, identify it). */
export interface DashboardPlan {
  readonly id: number;
  readonly title: string | null;
  readonly region: string | null;
  readonly sourceFile: string;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
}

/** A plan judged at the dashboard's year, or the reason it could not be. */
export type DashboardInput =
  | { readonly plan: DashboardPlan; readonly evaluation: PlanEvaluation }
  | { readonly plan: DashboardPlan; readonly error: string };

export interface StatusCount {
  readonly status: ProgressStatus;
  readonly count: number;
}

/** One plan's row: statuses counted, data coverage of the year judged, its own problem if any. */
export interface DashboardRow {
  readonly plan: DashboardPlan;
  /** the year judged: the dashboard's year, or the plan's target year when the year is past it */
  readonly asOf: number | null;
  readonly phase: EvaluationPhase | null;
  readonly counts: StatusCount[];
  readonly indicators: number;
  /** indicators with a value observed for asOf */
  readonly covered: number;
  /** covered / indicators; null without indicators */
  readonly coverage: number | null;
  readonly warnings: number;
  readonly notices: string[];
  readonly error: string | null;
  /** a write touched the plan and its precomputed row waits for its refresh: the figures are the last ones computed */
  readonly pending: boolean;
}

/** One 预警 indicator, linked by its plan id and row id to the indicator page. */
export interface DashboardWarning {
  readonly planId: number;
  readonly planTitle: string;
  /** the judged row's id (two tables may print one name) */
  readonly indicatorId: number | null;
  readonly indicator: string;
  readonly warning: Warning;
  readonly status: ProgressStatus;
  readonly label: string;
  readonly explanation: string;
}

export interface Dashboard {
  /** the one 评估年 of every row; null when no plan has data */
  readonly year: number | null;
  /** the years with data, newest first (the selector's choices) */
  readonly years: number[];
  readonly statuses: ProgressStatus[];
  readonly rows: DashboardRow[];
  readonly totals: StatusCount[];
  readonly warnings: DashboardWarning[];
}

/** The year asked for, else the latest year with data, else null. */
export const dashboardYear = (years: readonly number[], requested?: number): number | null =>
  requested ?? (years.length ? Math.max(...years) : null);

/** What a plan's judgement at one year adds to the dashboard, without the plan itself: what a write precomputes and stores. */
export interface DashboardEntry {
  readonly row: Omit<DashboardRow, 'plan' | 'error' | 'pending'>;
  readonly warnings: ReadonlyArray<Omit<DashboardWarning, 'planId' | 'planTitle'>>;
}

/** A plan's row as the dashboard gets it: judged (its entry), not judgeable (the reason), or not judged yet. */
export interface JudgedPlan {
  readonly plan: DashboardPlan;
  readonly entry?: DashboardEntry;
  readonly error?: string;
  readonly pending?: boolean;
}

/** The dashboard of a year: a row per plan (a failed plan keeps its row and says why), 预警 red first. */
export function buildDashboard(year: number | null, years: readonly number[], inputs: readonly DashboardInput[]): Dashboard {
  return assembleDashboard(year, years, inputs.map((input) => ('error' in input ? input : { plan: input.plan, entry: dashboardEntry(input.evaluation) })));
}

/** The dashboard from each plan's entry (precomputed or just judged). */
export function assembleDashboard(year: number | null, years: readonly number[], plans: readonly JudgedPlan[]): Dashboard {
  const rows = plans.map(rowOf);
  const used = progressStatuses.filter((s) => rows.some((r) => r.counts.some((c) => c.status === s && c.count > 0)));
  return {
    year,
    years: [...new Set(years)].sort((a, b) => b - a),
    statuses: [...used],
    rows,
    totals: used.map((status) => ({ status, count: rows.reduce((n, r) => n + countOf(r, status), 0) })),
    warnings: plans.flatMap(warningsOf).sort((a, b) => rank(a.warning) - rank(b.warning)),
  };
}

/** A plan's row and 预警 at the year it was judged. */
export function dashboardEntry(evaluation: PlanEvaluation): DashboardEntry {
  const indicators = evaluation.indicators.length;
  const covered = evaluation.indicators.filter((i) => i.latest?.year === evaluation.asOf).length;
  return {
    row: {
      asOf: evaluation.asOf,
      phase: evaluation.phase,
      counts: progressStatuses.map((status) => ({ status, count: evaluation.indicators.filter((i) => i.status === status).length })),
      indicators,
      covered,
      coverage: indicators ? covered / indicators : null,
      warnings: evaluation.indicators.filter((i) => i.warning).length,
      notices: evaluation.notices,
    },
    warnings: evaluation.indicators.flatMap((i) =>
      i.warning ? [{ indicatorId: i.id ?? null, indicator: i.name, warning: i.warning, status: i.status, label: i.label, explanation: i.explanation }] : [],
    ),
  };
}

/**
 * The entry of a year past the plan's target year: a judgement there is the one at the target year
 * (evaluatePlan takes tT and says so), so the entry at tT stands for every later year.
 */
export const entryPastTarget = (atTarget: DashboardEntry, year: number): DashboardEntry =>
  year <= (atTarget.row.asOf ?? year) ? atTarget : { ...atTarget, row: { ...atTarget.row, notices: [...atTarget.row.notices, pastTargetNotice(year, atTarget.row.asOf!)] } };

/**
 * The entry of a year before the plan's base year, from a stored entry at a year no later than the base
 * year: a judgement only counts values after t0, so up to t0 every indicator has none and the
 * judgements differ in their year alone (phase annual, nothing covered, no 预警).
 */
export const entryBeforeBase = (upToBase: DashboardEntry, year: number): DashboardEntry => ({ ...upToBase, row: { ...upToBase.row, asOf: year } });

const countOf = (row: DashboardRow, status: ProgressStatus) => row.counts.find((c) => c.status === status)?.count ?? 0;
const rank = (w: Warning) => (w === 'red' ? 0 : 1);
const planTitle = (plan: DashboardPlan) => plan.title ?? plan.sourceFile;

function rowOf({ plan, entry, error, pending = false }: JudgedPlan): DashboardRow {
  if (!entry) {
    return { plan, asOf: null, phase: null, counts: [], indicators: 0, covered: 0, coverage: null, warnings: 0, notices: [], error: error ?? null, pending };
  }
  return { plan, ...entry.row, error: null, pending };
}

function warningsOf({ plan, entry }: JudgedPlan): DashboardWarning[] {
  return (entry?.warnings ?? []).map((w) => ({ planId: plan.id, planTitle: planTitle(plan), ...w }));
}
