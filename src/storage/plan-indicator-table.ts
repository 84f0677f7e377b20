import type { Sql } from './database.ts';
import { indicatorSelect, type IndicatorRow } from './indicators.ts';
import { rowSelect, type ObservationRow } from './observations.ts';
import { planSelect, type PlanRow } from './plan-queries.ts';

export interface PlanIndicatorTable {
  readonly plan: PlanRow;
  readonly rows: IndicatorRow[];
  /** the region's latest value of each indicator key within the plan's years (t0 … tT; any year without a period) */
  readonly latest: ObservationRow[];
}

/**
 * A plan, its indicator rows and its region's latest values, in one statement: the plan's indicator table
 * (GET /api/plans/{id}/indicators) when it is not cached costs one round trip instead of three — under load
 * each round trip waits for the database process to be scheduled. The years are periodYears' rule (domain/period.ts).
 */
export async function selectPlanIndicatorTable(sql: Sql, planId: number): Promise<PlanIndicatorTable | undefined> {
  const [row] = await sql.query<PlanIndicatorTable>(
    `WITH plan AS (${planSelect} WHERE p.id = $1),
       span AS (SELECT CASE WHEN "periodStart" IS NULL OR "periodEnd" IS NULL THEN -99999 ELSE coalesce("baseYear", "periodStart" - 1) END AS first,
                       CASE WHEN "periodStart" IS NULL OR "periodEnd" IS NULL THEN 99999 ELSE "periodEnd" END AS last, "regionId" FROM plan)
     SELECT row_to_json(plan) AS plan,
       (SELECT coalesce(json_agg(i ORDER BY i.seq), '[]') FROM (${indicatorSelect} WHERE i.plan_id = $1) i) AS rows,
       (SELECT coalesce(json_agg(o), '[]') FROM (SELECT DISTINCT ON (o."indicatorKey") o.*
          FROM (${rowSelect} WHERE o.region_id = span."regionId" AND o.year BETWEEN span.first AND span.last AND o.withdrawn_at IS NULL) o
          ORDER BY o."indicatorKey", o.year DESC) o) AS latest
     FROM plan, span`,
    [planId],
    { prepare: 'plan-indicator-table' },
  );
  return row;
}

/**
 * The same table as JSON text with the rows its plan's last refresh stored (plan_summaries.indicators): the plan's
 * own row read now, the rows not parsed. Undefined while a write's refresh is due or before the first one.
 */
export async function findStoredIndicatorTableText(sql: Sql, planId: number): Promise<string | undefined> {
  const [row] = await sql.query<{ text: string }>(
    `SELECT json_build_object('plan', row_to_json(plan), 'indicators', s.indicators)::text AS text
     FROM (${planSelect} WHERE p.id = $1) plan JOIN plan_summaries s ON s.plan_id = plan.id
     WHERE s.stale IS NULL AND s.indicators IS NOT NULL`,
    [planId],
    { prepare: 'stored-indicator-table' },
  );
  return row?.text;
}
