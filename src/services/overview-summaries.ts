import { AppError, type EvaluationMethod, type PlanEvaluation } from '../domain/index.ts';
import type { Database, Sql } from '../storage/index.ts';
import {
  auditHighWater, selectPlansOfIndicators, selectSummaries, selectTouched, upsertSummary, type SummaryRow, type TouchedRow,
} from '../storage/overview-queries.ts';
import { evaluateStoredPlan } from './evaluate-plan.ts';
import { listPlans } from './plans.ts';
import type { PlanRow } from '../storage/index.ts';

export interface OverviewRow {
  readonly plan: PlanRow;
  /** null when the plan cannot be evaluated (see error) */
  readonly asOf: number | null;
  readonly summary: PlanEvaluation['summary'] | null;
  /** why this plan could not be evaluated (no period, no base year …): shown on its own row, the others still answer */
  readonly error: string | null;
}

/** A stored plan judged with the stored values of its region. */
export async function evaluatePlanWithStoredValues(db: Sql, ref: string, options: { method?: EvaluationMethod; asOf?: number } = {}): Promise<PlanEvaluation> {
  return (await evaluateStoredPlan(db, ref, options)).evaluation;
}

/**
 * Status counts of every current plan, from the precomputed plan_summaries table. A plan without a
 * row, or touched by a write logged in audit_log since its row was computed (an observation of its
 * region, a correction of its indicators, a re-import; a catalogue edit touches all), is evaluated
 * again and its row replaced — whichever process made the write.
 */
export async function getOverview(db: Database): Promise<OverviewRow[]> {
  const [plans, rows, stamp] = await Promise.all([listPlans(db), selectSummaries(db), auditHighWater(db)]);
  const current = plans.filter((p) => p.state === 'current');
  const byPlan = new Map(rows.map((r) => [r.planId, r]));
  const oldest = Math.min(stamp, ...rows.map((r) => r.auditId));
  const touched = oldest < stamp ? await touchedPlans(db, await selectTouched(db, oldest), current) : new Set<number>();
  const out: OverviewRow[] = [];
  for (const plan of current) {
    const row = byPlan.get(plan.id);
    const stale = !row || (row.auditId < stamp && (touched.has(plan.id) || touched.has(-1)));
    out.push(stale ? await freshRow(db, plan, stamp) : { plan, asOf: row.asOf, summary: row.summary as PlanEvaluation['summary'], error: null });
  }
  return out;
}

/** A plan evaluated now; a refusal (a plan that cannot be judged) becomes its row's error. */
async function freshRow(db: Database, plan: PlanRow, stamp: number): Promise<OverviewRow> {
  try {
    const row = await summarize(db, plan.id, stamp);
    return { plan, asOf: row.asOf, summary: row.summary as PlanEvaluation['summary'], error: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { plan, asOf: null, summary: null, error: error.message };
  }
}

async function summarize(db: Database, planId: number, stamp: number): Promise<SummaryRow> {
  const evaluation = await evaluatePlanWithStoredValues(db, String(planId));
  const row = { planId, asOf: evaluation.asOf, summary: evaluation.summary, auditId: stamp };
  await upsertSummary(db, row);
  return row;
}

/** Plan ids a set of writes touched; -1 stands for every plan. */
async function touchedPlans(db: Sql, writes: readonly TouchedRow[], plans: readonly PlanRow[]): Promise<Set<number>> {
  const ids = new Set<number>();
  const regions = new Set(writes.filter((w) => w.entity === 'observation' && w.region).map((w) => w.region));
  for (const plan of plans) if (regions.has(plan.regionFullName) || regions.has(plan.region)) ids.add(plan.id);
  for (const w of writes) if (w.entity === 'plan' && w.entityId) ids.add(Number(w.entityId));
  if (writes.some((w) => w.entity === 'catalog_entry')) ids.add(-1);
  const indicatorWrites = writes.filter((w) => w.entity === 'indicator' && w.entityId).map((w) => w.entityId as string);
  // a correction names the indicator's id; an assignment names `planId:indicator name`
  const indicators = indicatorWrites.filter((id) => storedId.test(id)).map(Number);
  for (const id of indicatorWrites) {
    const plan = /^(\d{1,9}):/.exec(id)?.[1];
    if (plan) ids.add(Number(plan));
  }
  for (const id of await selectPlansOfIndicators(db, indicators)) ids.add(id);
  return ids;
}

/** A row id that fits PostgreSQL's int. */
const storedId = /^\d{1,9}$/;
