import type { Sql } from './database.ts';

/** A plan's 总览 entry at one year, as stored; `final` marks the plan's target year, which stands for every later year. */
export interface StoredDashboardEntry<T = unknown> {
  readonly planId: number;
  readonly year: number;
  readonly final: boolean;
  readonly entry: T;
}

/** Replaces a plan's entries (inside the transaction that stores its refreshed overview row). */
export async function replaceDashboardEntries(sql: Sql, planId: number, entries: readonly Omit<StoredDashboardEntry, 'planId'>[]): Promise<void> {
  await sql.query('DELETE FROM plan_dashboard_entries WHERE plan_id = $1', [planId]);
  if (!entries.length) return;
  const values = entries.map((_, i) => `($1, $${i * 3 + 2}, $${i * 3 + 3}, $${i * 3 + 4}::json)`);
  await sql.query(
    `INSERT INTO plan_dashboard_entries (plan_id, year, final, entry) VALUES ${values.join(', ')}`,
    [planId, ...entries.flatMap((e) => [e.year, e.final, JSON.stringify(e.entry)])],
  );
}

/**
 * Every plan's entry for `year`: the entry of that year, or the plan's final entry when the year is past
 * its target year. Without a year (no plan has data yet), the entry at each plan's own default year.
 */
export async function selectDashboardEntries<T>(sql: Sql, year: number | null): Promise<StoredDashboardEntry<T>[]> {
  if (year === null) {
    return sql.query<StoredDashboardEntry<T>>(
      `SELECT d.plan_id AS "planId", d.year, d.final, d.entry FROM plan_dashboard_entries d
         JOIN plan_summaries s ON s.plan_id = d.plan_id AND s.as_of = d.year`,
    );
  }
  return sql.query<StoredDashboardEntry<T>>(
    `SELECT plan_id AS "planId", year, final, entry FROM plan_dashboard_entries WHERE year = $1 OR (final AND year < $1)`,
    [year],
  );
}

/** The earliest stored entry of each of these plans (a 总览 year before it is judged from it). */
export async function selectFirstEntries<T>(sql: Sql, planIds: readonly number[]): Promise<StoredDashboardEntry<T>[]> {
  if (!planIds.length) return [];
  return sql.query<StoredDashboardEntry<T>>(
    `SELECT DISTINCT ON (plan_id) plan_id AS "planId", year, final, entry FROM plan_dashboard_entries
      WHERE plan_id = ANY($1::int[]) ORDER BY plan_id, year`,
    [planIds],
  );
}

/** The earliest year any plan's region has data for in its plan's years (where the entries a refresh stores begin). */
export async function earliestDataYear(sql: Sql): Promise<number | null> {
  const [row] = await sql.query<{ year: number | null }>('SELECT min(y)::int AS year FROM plan_summaries, unnest(data_years) AS y');
  return row.year;
}
