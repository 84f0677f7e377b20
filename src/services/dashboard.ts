import { AppError, type PlanState } from '../domain/index.ts';
import { buildDashboard, dashboardYear, type Dashboard, type DashboardInput, type DashboardPlan, type ObservationInput } from '../evaluation/index.ts';
import type { PlanRow, Sql } from '../storage/index.ts';
import { evaluateStoredPlan, storedObservations, type RegionObservations } from './evaluate-plan.ts';
import { listPlans } from './plans.ts';

/** Only current plans are monitored: drafts (待核对) and withdrawn versions stay out (plan-state.ts). */
const counted: PlanState = 'current';

/**
 * Every current plan judged at one 评估年 (by default the latest year any plan has data for); a plan
 * that cannot be judged keeps its row with the reason, the others still answer.
 */
export async function getDashboard(sql: Sql, requested?: number): Promise<Dashboard> {
  const plans = (await listPlans(sql)).filter((p) => p.state === counted);
  const observations = regionCache();
  const years = new Set<number>();
  for (const plan of plans) for (const year of await yearsWithData(sql, plan, observations)) years.add(year);
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

/** Years in the plan's period (after its base year) with a stored value of its region. */
async function yearsWithData(sql: Sql, plan: PlanRow, observations: RegionObservations): Promise<number[]> {
  if (!plan.regionFullName) return [];
  const from = plan.baseYear ?? (plan.periodStart === null ? -Infinity : plan.periodStart - 1);
  const to = plan.periodEnd ?? Infinity;
  return (await observations(sql, plan.regionFullName)).map((o) => o.year).filter((y) => y > from && y <= to);
}

/** A region's observations read once for all its plans. */
function regionCache(): RegionObservations {
  const read = new Map<string, Promise<readonly ObservationInput[]>>();
  return (sql, region) => {
    if (!read.has(region)) read.set(region, storedObservations(sql, region));
    return read.get(region)!;
  };
}

const dashboardPlan = (p: PlanRow): DashboardPlan => ({
  id: p.id, title: p.title, region: p.regionFullName ?? p.region, sourceFile: p.sourceFile, periodStart: p.periodStart, periodEnd: p.periodEnd,
});
