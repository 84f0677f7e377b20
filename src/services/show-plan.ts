import { listPlanIndicators, type IndicatorRow, type PlanRow, type Sql } from '../storage/index.ts';
import { getPlan } from './plans.ts';

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

/**
 * Looks up latest values per catalogue id; the observations side provides it. Until a plan's
 * indicators are linked to the catalogue (catalog_id), `show` lists targets only.
 */
export type LatestLookup = (sql: Sql, regionId: number, catalogIds: readonly string[]) => Promise<ReadonlyMap<string, LatestValue>>;

/** A plan's indicators in document order, each with its latest value when one is known. */
export async function getPlanIndicators(sql: Sql, ref: string, latestValues?: LatestLookup): Promise<{ plan: PlanRow; indicators: PlanIndicator[] }> {
  const plan = await getPlan(sql, ref);
  const rows = await listPlanIndicators(sql, plan.id);
  const catalogIds = [...new Set(rows.map((r) => r.catalogId).filter((id): id is string => id !== null))];
  const latest = latestValues && plan.regionId !== null && catalogIds.length ? await latestValues(sql, plan.regionId, catalogIds) : new Map<string, LatestValue>();
  return { plan, indicators: rows.map((row) => ({ ...row, latest: (row.catalogId && latest.get(row.catalogId)) || null })) };
}
