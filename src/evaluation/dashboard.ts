import {
  progressStatuses, type EvaluationPhase, type PlanEvaluation, type ProgressStatus, type Warning,
} from '../domain/index.ts';

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

/** The dashboard of a year: a row per plan (a failed plan keeps its row and says why), 预警 red first. */
export function buildDashboard(year: number | null, years: readonly number[], inputs: readonly DashboardInput[]): Dashboard {
  const rows = inputs.map(rowOf);
  const used = progressStatuses.filter((s) => rows.some((r) => r.counts.some((c) => c.status === s && c.count > 0)));
  return {
    year,
    years: [...new Set(years)].sort((a, b) => b - a),
    statuses: [...used],
    rows,
    totals: used.map((status) => ({ status, count: rows.reduce((n, r) => n + countOf(r, status), 0) })),
    warnings: inputs.flatMap(warningsOf).sort((a, b) => rank(a.warning) - rank(b.warning)),
  };
}

const countOf = (row: DashboardRow, status: ProgressStatus) => row.counts.find((c) => c.status === status)?.count ?? 0;
const rank = (w: Warning) => (w === 'red' ? 0 : 1);
const planTitle = (plan: DashboardPlan) => plan.title ?? plan.sourceFile;

function rowOf(input: DashboardInput): DashboardRow {
  if ('error' in input) {
    return { plan: input.plan, asOf: null, phase: null, counts: [], indicators: 0, covered: 0, coverage: null, warnings: 0, notices: [], error: input.error };
  }
  const { evaluation } = input;
  const indicators = evaluation.indicators.length;
  const covered = evaluation.indicators.filter((i) => i.latest?.year === evaluation.asOf).length;
  return {
    plan: input.plan,
    asOf: evaluation.asOf,
    phase: evaluation.phase,
    counts: progressStatuses.map((status) => ({ status, count: evaluation.indicators.filter((i) => i.status === status).length })),
    indicators,
    covered,
    coverage: indicators ? covered / indicators : null,
    warnings: evaluation.indicators.filter((i) => i.warning).length,
    notices: evaluation.notices,
    error: null,
  };
}

function warningsOf(input: DashboardInput): DashboardWarning[] {
  if ('error' in input) return [];
  return input.evaluation.indicators.flatMap((i) =>
    i.warning
      ? [{ planId: input.plan.id, planTitle: planTitle(input.plan), indicatorId: i.id ?? null, indicator: i.name, warning: i.warning, status: i.status, label: i.label, explanation: i.explanation }]
      : [],
  );
}
