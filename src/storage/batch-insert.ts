import type { Sql, SqlParam } from './database.ts';

/** PostgreSQL allows 65,535 parameters per statement; stay well below with ~1000-row batches. */
const maxParams = 30000;

/**
 * Inserts rows with multi-row VALUES, ~1000 rows per statement (10× faster than one row at a
 * time on PGlite). Returns the `returning` column of every row, in input order.
 */
export async function insertRows(
  sql: Sql,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlParam[])[],
  returning?: string,
): Promise<unknown[]> {
  const perBatch = Math.max(1, Math.min(1000, Math.floor(maxParams / columns.length)));
  const out: unknown[] = [];
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    const text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}${returning ? ` RETURNING ${returning}` : ''}`;
    const result = await sql.query<Record<string, unknown>>(text, batch.flat() as SqlParam[]);
    if (returning) out.push(...result.map((row) => row[returning]));
  }
  return out;
}
