import type { Sql } from './database.ts';

/**
 * The one rule of what counts as current, as SQL over a plans row aliased `p`: withdrawn wins, then
 * draft; a plan is superseded when any later version in its line (following `supersedes`) is
 * confirmed and not withdrawn — so withdrawing the newest version makes the one before current again.
 */
export function planStateSql(p: string): string {
  const laterCounts = `WITH RECURSIVE later(id) AS (
      SELECT n.id FROM plans n WHERE n.supersedes = ${p}.id
      UNION SELECT n.id FROM plans n JOIN later l ON n.supersedes = l.id)
    SELECT 1 FROM later JOIN plans q ON q.id = later.id WHERE q.review = 'confirmed' AND q.withdrawn_at IS NULL`;
  return `CASE WHEN ${p}.withdrawn_at IS NOT NULL THEN 'withdrawn' WHEN ${p}.review = 'draft' THEN 'draft'
    WHEN EXISTS (${laterCounts}) THEN 'superseded' ELSE 'current' END`;
}

/** The withdrawal columns of a table aliased `t`, as one jsonb value (null while the record counts). */
export const withdrawalSql = (t: string) => `CASE WHEN ${t}.withdrawn_at IS NULL THEN NULL ELSE jsonb_build_object(
    'at', to_char(${t}.withdrawn_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'by', ${t}.withdrawn_by, 'reason', ${t}.withdrawn_reason) END`;

/** A draft becomes confirmed (待核对 → 现行, unless a later version is current); false when it was not a draft. */
export async function setPlanConfirmed(sql: Sql, planId: number): Promise<boolean> {
  const rows = await sql.query(`UPDATE plans SET review = 'confirmed' WHERE id = $1 AND review = 'draft' RETURNING id`, [planId]);
  return rows.length > 0;
}

/** Tables whose rows can be withdrawn and restored. */
export type WithdrawableTable = 'plans' | 'corrections' | 'box_item_progress';

/**
 * Marks a row withdrawn (with who and why) or, given null, restores it; true when the row changed.
 * (Observations are versioned and go through observations.ts instead.)
 */
export async function setWithdrawn(sql: Sql, table: WithdrawableTable, id: number, mark: { by: string; reason: string } | null): Promise<boolean> {
  const rows = mark
    ? await sql.query(`UPDATE ${table} SET withdrawn_at = now(), withdrawn_by = $2, withdrawn_reason = $3 WHERE id = $1 AND withdrawn_at IS NULL RETURNING id`, [id, mark.by, mark.reason])
    : await sql.query(`UPDATE ${table} SET withdrawn_at = NULL, withdrawn_by = NULL, withdrawn_reason = NULL WHERE id = $1 AND withdrawn_at IS NOT NULL RETURNING id`, [id]);
  return rows.length > 0;
}

/** SQL true when plan `p` is current (a condition for queries over a region's plans). */
export const isCurrentPlanSql = (p: string) => `(${planStateSql(p)}) = 'current'`;
