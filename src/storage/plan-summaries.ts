import type { AuditEntry } from './audit.ts';
import type { Sql } from './database.ts';
import { planStateSql } from './plan-state.ts';

/** A plan's overview row as stored: its status counts, or why it cannot be judged; `stale` while a refresh is due. */
export interface SummaryRow {
  readonly planId: number;
  readonly asOf: number | null;
  readonly summary: Record<string, number> | null;
  readonly error: string | null;
  /** years its region has data for in the plan's years (the 总览's year choices); null until first refreshed */
  readonly dataYears: number[] | null;
  /** the mark of the write that made it stale; null when up to date */
  readonly stale: number | null;
}

/**
 * What a refresh stores for a plan: its row, its default evaluation as served (null when it cannot be judged)
 * and its indicator rows with their latest values as GET /api/plans/{id}/indicators serves them.
 */
export type RefreshedSummary = Omit<SummaryRow, 'stale'> & { readonly evaluation: unknown; readonly indicators: unknown };

/** A stale row to refresh: the mark it had when the refresh picked it up. */
export interface StaleSummary {
  readonly planId: number;
  readonly mark: number;
  readonly current: boolean;
}

/** Plans an audited write touched, by the entity it names: a region's values touch that region's plans. */
function touchedPlansSql(entry: AuditEntry): { text: string; params: unknown[] } | undefined {
  const id = entry.entityId == null ? '' : String(entry.entityId);
  if (entry.entity === 'observation') {
    const region = (entry.new as { region?: unknown } | null | undefined)?.region;
    if (typeof region !== 'string') return undefined;
    return { text: 'SELECT p.id FROM plans p JOIN regions r ON r.id = p.region_id WHERE r.full_name = $1', params: [region] };
  }
  if (entry.entity === 'catalog_entry') return { text: 'SELECT id FROM plans', params: [] };
  if (entry.entity === 'plan' && storedId.test(id)) return { text: 'SELECT id FROM plans WHERE id = $1', params: [Number(id)] };
  if (entry.entity !== 'indicator' || entry.action === 'assign') return undefined;
  // a correction names the indicator's id; a withdrawn correction of a row no longer there names `planId:row`
  if (storedId.test(id)) return { text: 'SELECT plan_id AS id FROM indicators WHERE id = $1', params: [Number(id)] };
  const plan = /^(\d{1,9}):/.exec(id)?.[1];
  return plan ? { text: 'SELECT id FROM plans WHERE id = $1', params: [Number(plan)] } : undefined;
}

/** A row id that fits PostgreSQL's int. */
const storedId = /^\d{1,9}$/;

/**
 * Marks the overview rows of the plans an audited write touched stale, inside the write's transaction
 * (a plan without a row gets one): they commit together, so no committed change goes unnoticed.
 */
export async function markSummariesStale(sql: Sql, entry: AuditEntry): Promise<void> {
  const touched = touchedPlansSql(entry);
  if (!touched) return;
  await sql.query(
    `INSERT INTO plan_summaries (plan_id, stale) SELECT id, nextval('plan_summary_marks') FROM (${touched.text}) t ORDER BY id
     ON CONFLICT (plan_id) DO UPDATE SET stale = EXCLUDED.stale`,
    touched.params as never[],
  );
}

/** Marks the overview rows of every plan of these regions stale (a bulk load of their values). */
export async function markRegionsStale(sql: Sql, regionIds: readonly number[]): Promise<void> {
  if (!regionIds.length) return;
  await sql.query(
    `INSERT INTO plan_summaries (plan_id, stale) SELECT id, nextval('plan_summary_marks') FROM plans WHERE region_id = ANY($1::int[]) ORDER BY id
     ON CONFLICT (plan_id) DO UPDATE SET stale = EXCLUDED.stale`,
    [[...regionIds]],
  );
}

/** The newest mark handed out so far: rows marked after it are the ones a write about to start will touch. */
export async function latestSummaryMark(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ mark: string | number }>('SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS mark FROM plan_summary_marks');
  return Number(row.mark);
}

/** Stale rows marked after `since`, by plan id from `afterPlan` on, with whether their plan is current (only those are evaluated). */
export async function selectStaleSummaries(sql: Sql, page: { since: number; afterPlan: number; limit: number }): Promise<StaleSummary[]> {
  const rows = await sql.query<{ planId: number; mark: string | number; current: boolean }>(
    `SELECT s.plan_id AS "planId", s.stale AS mark, ${planStateSql('p')} = 'current' AS current
       FROM plan_summaries s JOIN plans p ON p.id = s.plan_id
      WHERE s.stale > $1 AND s.plan_id > $2 ORDER BY s.plan_id LIMIT $3`,
    [page.since, page.afterPlan, page.limit],
  );
  return rows.map((r) => ({ planId: r.planId, mark: Number(r.mark), current: r.current }));
}

/** Stores a refreshed row unless a newer write marked it again meanwhile (then that write's refresh stores it). */
export async function saveSummary(sql: Sql, row: RefreshedSummary, mark: number): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE plan_summaries SET as_of = $2, summary = $3::jsonb, error = $4, evaluation = $5::json, data_years = $6::int[], indicators = $8::json,
       stale = NULL, computed_at = now()
      WHERE plan_id = $1 AND stale = $7 RETURNING plan_id`,
    [row.planId, row.asOf, row.summary === null ? null : JSON.stringify(row.summary), row.error,
      row.evaluation === null ? null : JSON.stringify(row.evaluation), row.dataYears, mark, JSON.stringify(row.indicators)],
  );
  return rows.length > 0;
}

/** A plan's default evaluation as its last refresh stored it; undefined while a write's refresh is due (or it never counted). */
export async function findStoredEvaluation<T>(sql: Sql, planId: number): Promise<T | undefined> {
  const [row] = await sql.query<{ evaluation: T }>(
    'SELECT evaluation FROM plan_summaries WHERE plan_id = $1 AND stale IS NULL AND evaluation IS NOT NULL',
    [planId],
  );
  return row?.evaluation;
}

/**
 * The indicators named `names` in the stored default evaluations of these plans, plan by plan (plans whose
 * evaluation is due for a refresh are left out): picked from the JSON by the server, not sent whole.
 */
export async function selectStoredIndicatorJudgements<T>(sql: Sql, planIds: readonly number[], names: readonly string[]): Promise<Map<number, T[]>> {
  const rows = await sql.query<{ planId: number; judged: T[] }>(
    `SELECT s.plan_id AS "planId", json_agg(e.value) FILTER (WHERE e.value->>'name' = ANY($2::text[])) AS judged
     FROM plan_summaries s CROSS JOIN LATERAL json_array_elements(s.evaluation->'indicators') e
     WHERE s.plan_id = ANY($1::int[]) AND s.stale IS NULL AND s.evaluation IS NOT NULL GROUP BY s.plan_id`,
    [[...planIds], [...names]],
  );
  return new Map(rows.map((r) => [r.planId, r.judged ?? []]));
}

/** The same as JSON text, exactly as stored (a server sends it without parsing it). */
export async function findStoredEvaluationText(sql: Sql, planId: number): Promise<string | undefined> {
  const [row] = await sql.query<{ evaluation: string }>(
    'SELECT evaluation::text AS evaluation FROM plan_summaries WHERE plan_id = $1 AND stale IS NULL AND evaluation IS NOT NULL',
    [planId],
    { prepare: 'stored-evaluation-text' },
  );
  return row?.evaluation;
}

/**
 * A row whose plan is not current leaves the overview: it is no longer stale, and is marked again when its plan
 * counts again. Its stored indicator table is dropped, since the write that marked it is not in it: a superseded or
 * withdrawn plan's table is read live.
 */
export async function settleSummary(sql: Sql, planId: number, mark: number): Promise<void> {
  await sql.query('UPDATE plan_summaries SET stale = NULL, indicators = NULL WHERE plan_id = $1 AND stale = $2', [planId, mark]);
}

export async function selectSummaries(sql: Sql): Promise<SummaryRow[]> {
  const rows = await sql.query<SummaryRow & { stale: string | number | null }>(
    'SELECT plan_id AS "planId", as_of AS "asOf", summary, error, data_years AS "dataYears", stale FROM plan_summaries',
  );
  return rows.map((r) => ({ ...r, stale: r.stale === null ? null : Number(r.stale) }));
}

/**
 * Changes whenever what the overview shows may have changed, from any process: every write appends to
 * audit_log, every refresh sets computed_at, a restore changes the plans. One cheap query (index look-ups).
 */
export async function overviewStamp(sql: Sql): Promise<string> {
  const [row] = await sql.query<{ stamp: string }>(
    `SELECT concat_ws(':', (SELECT max(id) FROM audit_log), (SELECT max(computed_at) FROM plan_summaries)::text,
       (SELECT max(id) FROM plans), (SELECT count(*) FROM plans)) AS stamp`,
    [],
    { prepare: 'overview-stamp' },
  );
  return row.stamp;
}
