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
