import { AppError, baseYearOrYearBeforePeriod, type PlanState } from '../domain/index.ts';
import {
  assembleDashboard, buildDashboard, dashboardEntry, dashboardYear, entryBeforeBase, entryPastTarget,
  type Dashboard, type DashboardEntry, type DashboardInput, type DashboardPlan, type JudgedPlan, type ObservationInput,
} from '../evaluation/index.ts';
import type { PlanRow, Sql } from '../storage/index.ts';
import { selectDashboardEntries, selectFirstEntries, type StoredDashboardEntry } from '../storage/plan-dashboard-entries.ts';
import { selectSummaries, type SummaryRow } from '../storage/plan-summaries.ts';
import { evaluateStoredPlan, storedObservations, type RegionObservations } from './evaluate-plan.ts';
import { yearsWithData } from './plan-judgements.ts';
import { listPlans } from './plans.ts';

/** Only current plans are monitored: drafts (待核对) and withdrawn versions stay out (plan-state.ts). */
const counted: PlanState = 'current';

/**
 * Every current plan judged at one 评估年 (by default the latest year any plan has data for), read from
 * what the writes precomputed (plan_summaries, plan_dashboard_entries; services/overview-summaries.ts):
 * a read evaluates nothing. A plan a write touched shows its last entry, marked pending, until its
 * refresh; a year before every stored entry of a plan (older than the 总览 years known when it was
 * refreshed) is judged from its first entry, which is at or before its base year (entryBeforeBase).
 */
export async function getDashboard(sql: Sql, requested?: number): Promise<Dashboard> {
  const [plans, summaries] = await Promise.all([listPlans(sql), selectSummaries(sql)]);
  const current = plans.filter((p) => p.state === counted);
  const byPlan = new Map(summaries.map((s) => [s.planId, s]));
  const years = new Set(current.flatMap((p) => byPlan.get(p.id)?.dataYears ?? []));
  const year = dashboardYear([...years], requested);
  const entries = new Map((await selectDashboardEntries<DashboardEntry>(sql, year)).map((e) => [e.planId, e]));
  const unstored = year === null ? [] : current.filter((p) => !entries.has(p.id)).map((p) => p.id);
  for (const first of await selectFirstEntries<DashboardEntry>(sql, unstored)) entries.set(first.planId, first);
  const judged: JudgedPlan[] = [];
  for (const plan of current) judged.push(await storedJudgement(sql, plan, year, byPlan.get(plan.id), entries.get(plan.id)));
  return assembleDashboard(year, [...years], judged);
}

async function storedJudgement(sql: Sql, plan: PlanRow, year: number | null, summary: SummaryRow | undefined, stored: StoredDashboardEntry<DashboardEntry> | undefined): Promise<JudgedPlan> {
  const row = dashboardPlan(plan);
  const pending = !summary || summary.stale !== null;
  if (summary?.error) return { plan: row, error: summary.error, pending };
  if (stored && year !== null && (stored.year === year || (stored.final && stored.year < year))) return { plan: row, entry: entryPastTarget(stored.entry, year), pending };
  if (stored && year === null) return { plan: row, entry: stored.entry, pending };
  if (stored && year !== null && year < stored.year && upToBase(plan, stored)) return { plan: row, entry: entryBeforeBase(stored.entry, year), pending };
  if (pending) return { plan: row, pending };
  const live = await judge(sql, plan, year, storedObservations);
  return 'error' in live ? live : { plan: row, entry: dashboardEntry(live.evaluation) };
}

/** Whether a stored entry is judged at or before its plan's base year (and so stands for every earlier year). */
function upToBase(plan: PlanRow, stored: StoredDashboardEntry<DashboardEntry>): boolean {
  const base = baseYearOrYearBeforePeriod(plan.baseYear, plan.periodStart);
  return base !== null && stored.year <= base && !stored.final;
}

/**
 * The same dashboard judged now, every plan evaluated on this request (what the precomputed one must
 * equal; tests compare them).
 */
export async function evaluateDashboard(sql: Sql, requested?: number): Promise<Dashboard> {
  const plans = (await listPlans(sql)).filter((p) => p.state === counted);
  const observations = regionCache();
  const years = new Set<number>();
  for (const plan of plans) for (const year of yearsWithData(plan, await observations(sql, plan.regionFullName ?? ''))) years.add(year);
  const year = dashboardYear([...years], requested);
  const inputs: DashboardInput[] = [];
  for (const plan of plans) inputs.push(await judge(sql, plan, year, observations));
  return buildDashboard(year, [...years], inputs);
}

async function judge(sql: Sql, plan: PlanRow, year: number | null, observations: RegionObservations): Promise<DashboardInput> {
  const row = dashboardPlan(plan);
  try {
    return { plan: row, evaluation: (await evaluateStoredPlan(sql, String(plan.id), { asOf: year ?? undefined }, observations)).evaluation };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { plan: row, error: error.message };
  }
}

/** A region's observations read once for all its plans. */
function regionCache(): RegionObservations {
  const read = new Map<string, Promise<readonly ObservationInput[]>>();
  return (sql, region) => {
    if (!region) return Promise.resolve([]);
    if (!read.has(region)) read.set(region, storedObservations(sql, region));
    return read.get(region)!;
  };
}

const dashboardPlan = (p: PlanRow): DashboardPlan => ({
  id: p.id, title: p.title, region: p.regionFullName ?? p.region, sourceFile: p.sourceFile, periodStart: p.periodStart, periodEnd: p.periodEnd,
});
