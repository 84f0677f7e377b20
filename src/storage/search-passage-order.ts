import type { Sql } from './database.ts';

/**
 * How closely the passages' places in the table must follow (chars, id) — PostgreSQL's own measure, the
 * correlation ANALYZE samples — before a bulk index leaves the table as it is. Rows appended after the
 * last ordering lower it about as (1 − share)² (simulated: a tenth appended → 0.81, a fifth → 0.64), so
 * below 0.8 more than a tenth of the rows lie out of order and each costs the walk a page of its own.
 */
const orderedCorrelation = 0.8;

/** An index run is bulk when it wrote at least this share of the table: the share that can disorder it (above). */
const bulkShare = 0.1;

/**
 * After a bulk index (a folder import, a rebuild after an upgrade or a restore): the planner's statistics
 * refreshed, and when the rows no longer lie in the order a search reads them, the table rewritten in that
 * order (CLUSTER on search_passages_order, migration 047), which also rebuilds its indexes compactly and
 * leaves no GIN pending list. CLUSTER locks the table while it runs (minutes at 738,000 passages), so it
 * is never run after a few plans' index (a search indexing a plan left over waits for no rewrite). Returns
 * whether the table was rewritten. PostgreSQL only: on PGlite (200 plans, `bench:search --order-beside`, load
 * ~20) the ordered table cost the same CPU per search (p50 14.2 vs 14.0 ms, p95 27.6 vs 30.9 ms) and the rewrite
 * took 2–5 minutes, a quarter of the index build.
 */
export async function orderSearchPassages(sql: Sql, written: number, onRewrite?: () => void): Promise<boolean> {
  const [{ rows, pglite }] = await sql.query<{ rows: number; pglite: boolean }>(
    `SELECT count(*)::int AS rows, position('PGlite' IN version()) > 0 AS pglite FROM search_passages`,
  );
  if (written === 0 || written < bulkShare * rows) return false;
  await sql.query('ANALYZE search_passages');
  if (pglite) return false; // its pages are all in memory: no gain measured, and the rewrite costs minutes
  const [stats] = await sql.query<{ correlation: number | null }>(
    `SELECT correlation FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'search_passages' AND attname = 'chars'`,
  );
  if (!stats || stats.correlation === null || stats.correlation >= orderedCorrelation) return false;
  onRewrite?.();
  await sql.query('CLUSTER search_passages USING search_passages_order');
  await sql.query('ANALYZE search_passages');
  return true;
}
