import type { Sql } from './database.ts';

export interface PlanLine {
  readonly line: number;
  readonly text: string;
}

export interface OutlineRow {
  readonly id: number;
  readonly parentId: number | null;
  readonly level: number;
  readonly label: string;
  readonly title: string;
  readonly line: number;
}

export interface AuditRow {
  readonly id: number;
  readonly at: string;
  readonly by: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

/** The stored lines of a plan's text between two line numbers (inclusive). */
export async function selectPlanLines(sql: Sql, planId: number, from: number, to: number): Promise<PlanLine[]> {
  return sql.query<PlanLine>('SELECT line, text FROM paragraphs WHERE plan_id = $1 AND line BETWEEN $2 AND $3 ORDER BY line', [planId, from, to]);
}

export async function selectOutline(sql: Sql, planId: number): Promise<OutlineRow[]> {
  return sql.query<OutlineRow>(
    'SELECT id, parent_id AS "parentId", level, label, title, line FROM outline_nodes WHERE plan_id = $1 ORDER BY seq',
    [planId],
  );
}

export async function selectAudit(sql: Sql, filter: { entity?: string; limit: number }): Promise<AuditRow[]> {
  return sql.query<AuditRow>(
    `SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, actor AS by, action, entity, entity_id AS "entityId",
            old_value AS "oldValue", new_value AS "newValue"
       FROM audit_log WHERE ($1::text IS NULL OR entity = $1) ORDER BY id DESC LIMIT $2`,
    [filter.entity ?? null, filter.limit],
  );
}

export interface SummaryRow {
  readonly planId: number;
  readonly asOf: number;
  readonly summary: Record<string, number>;
  readonly auditId: number;
}

/** Writes seen since an audit id: what they touched, for the overview to evaluate again. */
export interface TouchedRow {
  readonly entity: string;
  readonly entityId: string | null;
  readonly region: string | null;
}

export async function auditHighWater(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ id: number }>('SELECT coalesce(max(id), 0)::int AS id FROM audit_log');
  return row.id;
}

export async function selectSummaries(sql: Sql): Promise<SummaryRow[]> {
  return sql.query<SummaryRow>('SELECT plan_id AS "planId", as_of AS "asOf", summary, audit_id AS "auditId" FROM plan_summaries');
}

export async function upsertSummary(sql: Sql, row: SummaryRow): Promise<void> {
  await sql.query(
    `INSERT INTO plan_summaries (plan_id, as_of, summary, audit_id) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (plan_id) DO UPDATE SET as_of = $2, summary = $3::jsonb, audit_id = $4, computed_at = now()`,
    [row.planId, row.asOf, JSON.stringify(row.summary), row.auditId],
  );
}

export async function selectTouched(sql: Sql, since: number): Promise<TouchedRow[]> {
  return sql.query<TouchedRow>(
    `SELECT DISTINCT entity, entity_id AS "entityId", new_value->>'region' AS region FROM audit_log
      WHERE id > $1 AND entity IN ('observation', 'indicator', 'plan', 'catalog_entry')`,
    [since],
  );
}

export async function selectPlansOfIndicators(sql: Sql, indicatorIds: readonly number[]): Promise<number[]> {
  if (!indicatorIds.length) return [];
  const rows = await sql.query<{ planId: number }>('SELECT DISTINCT plan_id AS "planId" FROM indicators WHERE id = ANY($1::int[])', [indicatorIds]);
  return rows.map((r) => r.planId);
}
