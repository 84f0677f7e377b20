import { listPlanIndicators, type IndicatorRow, type PlanRow, type Sql } from '../storage/index.ts';
import { indicatorKeyOf } from '../domain/catalog/index.ts';
import { periodYears } from '../domain/index.ts';
import { getPlan } from './plans.ts';
import { latestObservations, latestOf } from './observations.ts';
import { findStoredIndicatorTableText, selectPlanIndicatorTable } from '../storage/plan-indicator-table.ts';

/** The latest stored value of an indicator in the plan's region (from the observations side). */
export interface LatestValue {
  readonly year: number;
  readonly value: number | null;
  readonly raw: string | null;
  readonly note: string | null;
}

export interface PlanIndicator extends IndicatorRow {
  readonly latest: LatestValue | null;
}

/** Latest values per indicator key (catalogue id, or `name:…` for a row no catalogue entry knows). */
export type LatestLookup = (sql: Sql, regionId: number, indicatorKeys: readonly string[], years?: { start: number; end: number }) => Promise<ReadonlyMap<string, LatestValue>>;

/** How observations name a plan row: its catalogue id, else its normalised name. */
const keyOf = (row: IndicatorRow) => row.catalogId ?? indicatorKeyOf(row.name, []).key;

/** A plan's indicators in document order, each with its latest value of the plan's years (t0 … tT) when one is known. */
export async function getPlanIndicators(sql: Sql, ref: string, latestValues: LatestLookup = latestObservations): Promise<{ plan: PlanRow; indicators: PlanIndicator[] }> {
  const plan = await getPlan(sql, ref);
  const rows = await listPlanIndicators(sql, plan.id);
  const keys = [...new Set(rows.map(keyOf))];
  const years = plan.periodStart && plan.periodEnd ? periodYears({ start: plan.periodStart, end: plan.periodEnd }, plan.baseYear) : undefined;
  const latest = plan.regionId !== null && keys.length ? await latestValues(sql, plan.regionId, keys, years) : new Map<string, LatestValue>();
  return { plan, indicators: rows.map((row) => ({ ...row, latest: latest.get(keyOf(row)) ?? null })) };
}

/**
 * getPlanIndicators with the latest stored values, as GET /api/plans/{id}/indicators serves it: a plan id is
 * read in one statement (plan, rows and values at once); any other reference is resolved as everywhere.
 */
export async function getPlanIndicatorTable(sql: Sql, ref: string): Promise<{ plan: PlanRow; indicators: PlanIndicator[] }> {
  const table = /^\d{1,9}$/.test(ref.trim()) ? await selectPlanIndicatorTable(sql, Number(ref.trim())) : undefined;
  if (!table) return getPlanIndicators(sql, ref, latestObservations);
  const latest = new Map(table.latest.map((row) => [row.indicatorKey, latestOf(row)]));
  return { plan: table.plan, indicators: table.rows.map((row) => ({ ...row, latest: latest.get(keyOf(row)) ?? null })) };
}

/**
 * getPlanIndicatorTable as JSON text, with the rows the plan's last refresh stored (services/overview-summaries.ts);
 * undefined for a reference that is not a plan id, or while a refresh is due (then read it live).
 */
export async function findStoredIndicatorTableJson(sql: Sql, ref: string): Promise<string | undefined> {
  return /^\d{1,9}$/.test(ref.trim()) ? findStoredIndicatorTableText(sql, Number(ref.trim())) : undefined;
}
