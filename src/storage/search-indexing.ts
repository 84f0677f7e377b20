import { indexTermsOfMany } from '../search/index.ts';
import { textTargetTable } from '../domain/catalog/index.ts';
import type { Database, Sql } from './database.ts';
import { orderSearchPassages } from './search-passage-order.ts';

/**
 * What the index holds for each passage (2: words and character bigrams; 3: and its length class; 4: bigrams
 * within the length class); plans indexed with another version are indexed again.
 */
export const indexVersion = 4;

/**
 * Plans indexed together: their passages read in one statement, segmented in one call and inserted in one
 * statement (~7,000 rows for 20 plans of the seeds' size, within PostgreSQL's 65,535 parameters).
 */
const plansPerBatch = 20;
/** Rows per INSERT: 8 parameters a row, below PostgreSQL's limit of 65,535 per statement. */
const rowsPerInsert = 8000;

export interface IndexProgress {
  /** plans indexed so far, of all pending */
  readonly onProgress?: (done: number, total: number) => void;
  /** called before the passages are rewritten in the order a search reads them (search-passage-order.ts: minutes at 2,000 plans) */
  readonly onOrdering?: () => void;
  /** false: leave the table in the order the rows were written (bench:search times both orders in one run) */
  readonly order?: boolean;
}

/**
 * Indexes every stored plan not indexed yet, or indexed with an older version of the terms: after a restore,
 * an upgrade, or a folder import (which stores its plans first and indexes them here, in one pass). Plans go
 * in batches, each in a transaction of its own when given the database; while one batch is written, the next
 * is read and segmented (the server inserts while this process runs jieba).
 */
export async function indexPendingPlans(sql: Sql | Database, options: IndexProgress = {}): Promise<number> {
  const pending = await sql.query<{ id: number }>(
    'SELECT id FROM plans WHERE id NOT IN (SELECT plan_id FROM search_indexed_plans WHERE index_version = $1) ORDER BY id',
    [indexVersion],
  );
  const batches: number[][] = [];
  for (let i = 0; i < pending.length; i += plansPerBatch) batches.push(pending.slice(i, i + plansPerBatch).map((p) => p.id));
  let next = batches.length ? passageRows(sql, batches[0]) : undefined;
  let written = 0;
  for (const [b, planIds] of batches.entries()) {
    const rows = await next!;
    written += rows.length;
    const writing = inTransaction(sql, (tx) => writePassages(tx, planIds, rows));
    next = b + 1 < batches.length ? passageRows(sql, batches[b + 1]) : undefined;
    next?.catch(() => {}); // awaited on the next turn; a failed write is reported first
    await writing;
    options.onProgress?.(Math.min(pending.length, (b + 1) * plansPerBatch), pending.length);
  }
  if (!pending.length) return 0;
  // a rewrite leaves no pending list; otherwise it is merged here, as PGlite never vacuums
  if (options.order === false || !(await orderSearchPassages(sql, written, options.onOrdering))) await sql.query("SELECT gin_clean_pending_list('search_passages_terms'::regclass)");
  return pending.length;
}

/** (Re)builds the passages of one plan (paragraphs, 专栏 items and indicator rows), inside the caller's transaction. */
export async function indexPlanPassages(sql: Sql, planId: number): Promise<void> {
  await writePassages(sql, [planId], await passageRows(sql, [planId]));
}

const inTransaction = (sql: Sql | Database, fn: (tx: Sql) => Promise<void>) => ('transaction' in sql ? sql.transaction(fn) : fn(sql));

/** The passages of some plans, with their index terms, as rows of search_passages. */
async function passageRows(sql: Sql, planIds: readonly number[]): Promise<unknown[][]> {
  const passages = await sql.query<{ plan_id: number; kind: string; ref_id: number; outline_path: string; line: number; text: string }>(
    `SELECT plan_id, 'paragraph' AS kind, id AS ref_id, outline_path, line, text FROM paragraphs pa WHERE plan_id = ANY ($1::int[])
       AND NOT EXISTS (SELECT 1 FROM box_items bi JOIN boxes b ON b.id = bi.box_id WHERE b.plan_id = pa.plan_id AND bi.line = pa.line)
       AND NOT EXISTS (SELECT 1 FROM indicators i JOIN indicator_tables t ON t.id = i.table_id WHERE i.plan_id = pa.plan_id AND i.line = pa.line AND t.caption <> $2)
     UNION ALL
     SELECT b.plan_id, 'box-item', bi.id, b.title, bi.line, coalesce(bi.title || '：', '') || bi.text
       FROM box_items bi JOIN boxes b ON b.id = bi.box_id WHERE b.plan_id = ANY ($1::int[])
     UNION ALL
     SELECT i.plan_id, 'indicator', i.id, coalesce(i.category, ''), i.line,
            i.name || coalesce('（' || i.unit || '）', '') || coalesce(' 目标 ' || (i.target->>'raw'), '')
       FROM indicators i WHERE i.plan_id = ANY ($1::int[])`,
    [planIds, textTargetTable],
  );
  const terms = indexTermsOfMany(passages.map((p) => p.text));
  return passages.map((p, i) => [p.plan_id, p.kind, p.ref_id, p.outline_path, p.line, p.text, p.text.length, terms[i]]);
}

/** Replaces the plans' passages with the rows and marks them indexed with this version. */
async function writePassages(sql: Sql, planIds: readonly number[], rows: readonly unknown[][]): Promise<void> {
  await sql.query('DELETE FROM search_passages WHERE plan_id = ANY ($1::int[])', [planIds]);
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    const batch = rows.slice(start, start + rowsPerInsert);
    const values = batch.map((_, r) => `(${[1, 2, 3, 4, 5, 6, 7].map((c) => `$${r * 8 + c}`).join(', ')}, array_to_tsvector($${r * 8 + 8}::text[]))`);
    await sql.query(
      `INSERT INTO search_passages (plan_id, kind, ref_id, outline_path, line, text, chars, terms) VALUES ${values.join(', ')}`,
      batch.flat() as never[],
    );
  }
  await sql.query(
    `INSERT INTO search_indexed_plans (plan_id, index_version) SELECT unnest($1::int[]), $2
       ON CONFLICT (plan_id) DO UPDATE SET indexed_at = now(), index_version = $2`,
    [planIds, indexVersion],
  );
}

/** The plan's passages dropped and the plan left to indexPendingPlans (its content was stored or replaced, not yet indexed). */
export async function markIndexStale(sql: Sql, planId: number): Promise<void> {
  await sql.query('DELETE FROM search_indexed_plans WHERE plan_id = $1', [planId]);
  await sql.query('DELETE FROM search_passages WHERE plan_id = $1', [planId]);
}
