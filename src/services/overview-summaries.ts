import type { EvaluationMethod, PlanEvaluation } from '../domain/index.ts';
import type { Database, Sql } from '../storage/index.ts';
import { findStoredEvaluation, findStoredEvaluationText, latestSummaryMark, overviewStamp, saveSummary, selectStaleSummaries, selectSummaries, settleSummary, type StaleSummary } from '../storage/plan-summaries.ts';
import { earliestDataYear, replaceDashboardEntries } from '../storage/plan-dashboard-entries.ts';
import { judgeForReads } from './plan-judgements.ts';
import { evaluateStoredPlan } from './evaluate-plan.ts';
import { getPlan, listPlans } from './plans.ts';
import { getPlanIndicatorTable } from './show-plan.ts';
import type { PlanRow } from '../storage/index.ts';

export interface OverviewRow {
  readonly plan: PlanRow;
  /** null when the plan cannot be evaluated (see error) or has not been evaluated yet (pending) */
  readonly asOf: number | null;
  readonly summary: PlanEvaluation['summary'] | null;
  /** why this plan could not be evaluated (no period, no base year …): shown on its own row, the others still answer */
  readonly error: string | null;
  /** a write touched the plan and its row waits for its refresh: the counts shown are the last ones computed (none yet: null) */
  readonly pending: boolean;
}

/** A stored plan judged with the stored values of its region. */
export async function evaluatePlanWithStoredValues(db: Sql, ref: string, options: { method?: EvaluationMethod; asOf?: number } = {}): Promise<PlanEvaluation> {
  return (await evaluateStoredPlan(db, ref, options)).evaluation;
}

/**
 * A stored plan's evaluation as GET /api/plans/{id}/evaluation serves it: by default the one its last
 * refresh stored (no evaluation on the read), evaluated now while a write's refresh is due, for a plan
 * that is not current, or with other options.
 */
export async function getPlanEvaluation(db: Sql, ref: string, options: { method?: EvaluationMethod; asOf?: number } = {}): Promise<PlanEvaluation> {
  if (options.method !== undefined || options.asOf !== undefined) return evaluatePlanWithStoredValues(db, ref, options);
  const plan = await getPlan(db, ref);
  return (await findStoredEvaluation<PlanEvaluation>(db, plan.id)) ?? evaluatePlanWithStoredValues(db, String(plan.id));
}

/**
 * A plan's default evaluation as JSON text, exactly as its last refresh stored it (what getPlanEvaluation
 * answers, unparsed); undefined while a refresh is due. A plan id is looked up without resolving the plan:
 * a stored evaluation means the plan exists (its row goes with it).
 */
export async function findStoredEvaluationJson(db: Sql, ref: string): Promise<string | undefined> {
  const id = /^\d{1,9}$/.test(ref.trim()) ? Number(ref.trim()) : (await getPlan(db, ref)).id;
  return findStoredEvaluationText(db, id);
}

/**
 * Status counts of every current plan, read from plan_summaries and nothing else: the writes keep
 * those rows (see refreshSummaries), whichever process made them. A row a write left for the
 * background refresh (a catalogue edit touches every plan) is marked pending.
 */
export async function getOverview(db: Sql): Promise<OverviewRow[]> {
  const [plans, rows] = await Promise.all([listPlans(db), selectSummaries(db)]);
  const byPlan = new Map(rows.map((r) => [r.planId, r]));
  return plans.filter((p) => p.state === 'current').map((plan) => {
    const row = byPlan.get(plan.id);
    const summary = (row?.summary ?? null) as PlanEvaluation['summary'] | null;
    return { plan, asOf: row?.asOf ?? null, summary, error: row?.error ?? null, pending: !row || row.stale !== null };
  });
}

/** A token that changes whenever the overview may have changed (a write or a refresh of any process): a reader may keep the overview until it does. */
export const getOverviewStamp = (db: Sql): Promise<string> => overviewStamp(db);

/** How many plans a write refreshes before it answers; more (a catalogue edit, a bulk load) go to the background refresh. */
export const inlineRefreshLimit = 50;

export interface RefreshOptions {
  /** only rows marked after this mark (a write refreshes what it touched); default: every stale row */
  readonly since?: number;
  /** stop after this many plans (the rest stay stale for a later refresh) */
  readonly limit?: number;
  readonly onProgress?: (done: number) => void;
}

/**
 * Evaluates the plans whose overview rows are stale and stores their rows (a plan that cannot be
 * judged keeps its reason). Run right after the write that marked them, and by the server's
 * background refresh for what a write left over; returns how many plans it evaluated.
 */
export async function refreshSummaries(db: Database, options: RefreshOptions = {}): Promise<number> {
  const limit = options.limit ?? Infinity;
  let done = 0;
  let afterPlan = 0;
  while (done < limit) {
    const batch = await selectStaleSummaries(db, { since: options.since ?? 0, afterPlan, limit: Math.min(100, limit - done) });
    if (!batch.length) break;
    const earliest = await earliestDataYear(db);
    done += await refreshRows(db, batch, earliest);
    afterPlan = batch.at(-1)!.planId;
    options.onProgress?.(done);
  }
  return done;
}

/**
 * Plans a refresh judges at once on PostgreSQL: each plan is ~10 round trips (load, then its rows stored in a
 * transaction), so one at a time leaves the server and this process mostly waiting on each other (4.5 plans/s
 * at national size); 4 overlap them within the pool's 10 connections and the 2 cores measured here. PGlite runs
 * one statement at a time in this process: nothing to overlap.
 */
const refreshConcurrency = { postgres: 4, pglite: 1 } as const;

async function refreshRows(db: Database, rows: readonly StaleSummary[], earliest: number | null): Promise<number> {
  let next = 0;
  const worker = async () => {
    let done = 0;
    while (next < rows.length) done += await refreshRow(db, rows[next++], earliest);
    return done;
  };
  const counts = await Promise.all(Array.from({ length: Math.min(refreshConcurrency[db.kind], rows.length) }, worker));
  return counts.reduce((a, b) => a + b, 0);
}

async function refreshRow(db: Database, row: StaleSummary, earliest: number | null): Promise<number> {
  if (!row.current) {
    await settleSummary(db, row.planId, row.mark);
    return 0;
  }
  const [{ entries, ...judged }, table] = await Promise.all([judgeForReads(db, row.planId, earliest), getPlanIndicatorTable(db, String(row.planId))]);
  await db.transaction(async (tx) => {
    const saved = await saveSummary(tx, { planId: row.planId, ...judged, indicators: table.indicators }, row.mark);
    if (saved) await replaceDashboardEntries(tx, row.planId, entries);
  });
  return 1;
}

/**
 * A write in one transaction, then the refresh of the overview rows it marked stale (at most
 * inlineRefreshLimit plans; the rest are left to the background refresh). The plans a concurrent
 * write marked meanwhile may be refreshed here too: a row is only stored under the mark it was read with.
 */
export async function writeAndRefresh<T>(db: Database, write: (tx: Sql) => Promise<T>): Promise<T> {
  const since = await latestSummaryMark(db);
  const result = await db.transaction(write);
  await refreshSummaries(db, { since, limit: inlineRefreshLimit });
  return result;
}
