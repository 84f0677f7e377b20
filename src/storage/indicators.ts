import type { Value } from '../domain/index.ts';
import type { Sql, SqlParam } from './database.ts';

/** One stored indicator row (after corrections). */
export interface IndicatorRow {
  readonly id: number;
  readonly planId: number;
  readonly table: string | null;
  readonly tableKind: string | null;
  readonly seq: number;
  /** the row's printed number, or its code (A-01) */
  readonly rowNumber: number | string | null;
  /** the name as extracted; corrections are keyed by it */
  readonly sourceName: string;
  readonly name: string;
  readonly category: string | null;
  readonly unit: string | null;
  readonly attribute: string | null;
  /** the class as printed (预期性, 基本, 建议性 …) */
  readonly attributeRaw: string | null;
  readonly baseline: Value | null;
  readonly target: Value | null;
  readonly actual: Value | null;
  readonly annualGrowth: Value | null;
  readonly line: number;
  readonly catalogId: string | null;
}

// The plan condition on the table join lets the planner probe the plan's own few tables by index; joined on id
// alone it hashed every plan's tables on each read (3,750 rows at national size, most of the statement's time).
export const indicatorSelect = `SELECT i.id, i.plan_id AS "planId", t.caption AS "table", t.kind AS "tableKind", i.seq,
    CASE WHEN i.row_number ~ '^[0-9]+$' THEN to_jsonb(i.row_number::integer) ELSE to_jsonb(i.row_number) END
      AS "rowNumber",
    i.source_name AS "sourceName", i.name, i.category, i.unit, i.attribute, i.attribute_raw AS "attributeRaw",
    i.baseline, i.target, i.actual,
    i.annual_growth AS "annualGrowth", i.line, i.catalog_id AS "catalogId"
  FROM indicators i LEFT JOIN indicator_tables t ON t.id = i.table_id AND t.plan_id = i.plan_id`;

export async function listPlanIndicators(sql: Sql, planId: number): Promise<IndicatorRow[]> {
  return sql.query<IndicatorRow>(`${indicatorSelect} WHERE i.plan_id = $1 ORDER BY i.seq`, [planId]);
}

/**
 * Rows of these plans that may carry indicator key `catalogId` (linked to that entry, or linked to none: their
 * key is their name), in plan and document order: one query for a comparison across every plan.
 */
export async function listIndicatorCandidates(sql: Sql, planIds: readonly number[], catalogId: string | null): Promise<IndicatorRow[]> {
  return sql.query<IndicatorRow>(
    `${indicatorSelect} WHERE i.plan_id = ANY($1::int[]) AND (i.catalog_id IS NULL OR i.catalog_id = $2) ORDER BY i.plan_id, i.seq`,
    [[...planIds], catalogId],
  );
}

/** Indicators of a plan named `name` now or when extracted (white space ignored). */
export async function findPlanIndicatorsByName(sql: Sql, planId: number, name: string): Promise<IndicatorRow[]> {
  const wanted = name.replace(/\s+/g, '');
  return sql.query<IndicatorRow>(
    `${indicatorSelect} WHERE i.plan_id = $1 AND (regexp_replace(i.name, '\\s+', '', 'g') = $2 OR regexp_replace(i.source_name, '\\s+', '', 'g') = $2) ORDER BY i.seq`,
    [planId, wanted],
  );
}

/** The indicator of a plan in table `caption` extracted as `sourceName` (how stored corrections find their row). */
export async function findIndicatorByKey(sql: Sql, planId: number, caption: string, sourceName: string): Promise<IndicatorRow | undefined> {
  const rows = await sql.query<IndicatorRow>(`${indicatorSelect} WHERE i.plan_id = $1 AND COALESCE(t.caption, '') = $2 AND i.source_name = $3 ORDER BY i.seq LIMIT 1`, [planId, caption, sourceName]);
  return rows[0];
}

/** Column values to set on one indicator (name, unit, target + target_value …). */
export type IndicatorPatch = Readonly<Record<string, SqlParam>>;

const patchable = new Set(['name', 'category', 'unit', 'attribute', 'baseline', 'target', 'actual', 'annual_growth', 'baseline_value', 'target_value',
  'target_comparator', 'target_cumulative', 'actual_value', 'annual_growth_value', 'catalog_id']);

export async function updateIndicator(sql: Sql, id: number, patch: IndicatorPatch): Promise<void> {
  const columns = Object.keys(patch);
  const unknown = columns.filter((c) => !patchable.has(c));
  if (unknown.length) throw new Error(`updateIndicator: unknown columns ${unknown.join(', ')}`);
  if (!columns.length) return;
  await sql.query(`UPDATE indicators SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...columns.map((c) => patch[c])]);
}
