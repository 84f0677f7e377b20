import { AppError, baseYearOrYearBeforePeriod, type PlanEvaluation } from '../domain/index.ts';
import { dashboardEntry, planYears, type DashboardEntry, type ObservationInput } from '../evaluation/index.ts';
import type { PlanRow, Sql } from '../storage/index.ts';
import { judgeStoredPlan, loadStoredPlan, type StoredPlanInputs } from './evaluate-plan.ts';

/** Entries are stored from this many years before the base year at most (older 总览 years judge the plan on the fly). */
const yearsBeforeBase = 10;

/** Everything the reads of one plan's judgement need, computed by a write (or the background refresh), never by a read. */
export interface PlanJudgement {
  readonly asOf: number | null;
  readonly summary: Record<string, number> | null;
  /** why the plan cannot be judged (a refusal, not a bug) */
  readonly error: string | null;
  /** the default evaluation (GET /api/plans/{id}/evaluation) */
  readonly evaluation: PlanEvaluation | null;
  readonly dataYears: number[];
  /** the 总览 entry for each year from the earliest 总览 year (or the base year) to the target year */
  readonly entries: ReadonlyArray<{ readonly year: number; readonly final: boolean; readonly entry: DashboardEntry }>;
}

/** Years in the plan's period (after its base year) with a stored value of its region: the 总览's year choices. */
export function yearsWithData(plan: PlanRow, stored: readonly ObservationInput[]): number[] {
  if (!plan.regionFullName) return [];
  const from = baseYearOrYearBeforePeriod(plan.baseYear, plan.periodStart) ?? -Infinity;
  const to = plan.periodEnd ?? Infinity;
  return [...new Set(stored.map((o) => o.year).filter((y) => y > from && y <= to))].sort((a, b) => a - b);
}

/**
 * Judges a stored plan once by default and once for each 总览 year it may be asked for; `earliest` is
 * the earliest year any plan has data for (the 总览 may be opened there).
 */
export async function judgeForReads(sql: Sql, planId: number, earliest: number | null): Promise<PlanJudgement> {
  const loaded = await loadStoredPlan(sql, String(planId));
  const dataYears = yearsWithData(loaded.plan, loaded.stored);
  try {
    const { evaluation } = judgeStoredPlan(loaded);
    const summary = evaluation.summary as unknown as Record<string, number>;
    return { asOf: evaluation.asOf, summary, error: null, evaluation, dataYears, entries: entriesOf(loaded, earliest) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { asOf: null, summary: null, error: error.message, evaluation: null, dataYears, entries: [] };
  }
}

function entriesOf(loaded: StoredPlanInputs, earliest: number | null): PlanJudgement['entries'] {
  const { baseYear, targetYear } = planYears(loaded.input.plan);
  const from = Math.max(baseYear - yearsBeforeBase, Math.min(baseYear, earliest ?? baseYear));
  return Array.from({ length: targetYear - from + 1 }, (_, i) => from + i).map((year) => ({
    year, final: year === targetYear, entry: dashboardEntry(judgeStoredPlan(loaded, { asOf: year }).evaluation),
  }));
}
