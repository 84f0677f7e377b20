import { conflict } from '../domain/index.ts';
import type { Sql, SqlParam } from './database.ts';
import type { ObservationValue } from './observations.ts';
import { markRegionsStale } from './plan-summaries.ts';

/** A first value of a region, indicator key and year, as a bulk load stores it. */
export interface NewObservation {
  readonly regionId: number;
  /** the region's full name, for the audit line */
  readonly region: string;
  readonly catalogId: string | null;
  readonly indicatorKey: string;
  readonly year: number;
  readonly value: ObservationValue;
}

/** Rows per statement: 15 parameters a row stays under PostgreSQL's 65,535. */
const perStatement = 2000;

/**
 * Inserts first values with multi-row statements inside the caller's transaction, each with its audit
 * line, and marks the overview rows of their regions' plans stale once. A place another writer filled
 * meanwhile is a conflict: the caller's transaction (the whole file) is abandoned.
 */
export async function insertObservationBatch(sql: Sql, rows: readonly NewObservation[], by: string): Promise<void> {
  for (let at = 0; at < rows.length; at += perStatement) {
    const batch = rows.slice(at, at + perStatement);
    const ids = await insertBatch(sql, batch, by);
    if (ids.length < batch.length) throw conflict('导入期间有人填报了同一地区、指标和年份的数值：未导入任何数据，请重新导入');
    await auditBatch(sql, batch, ids, by);
  }
  await markRegionsStale(sql, [...new Set(rows.map((r) => r.regionId))]);
}

async function insertBatch(sql: Sql, batch: readonly NewObservation[], by: string): Promise<number[]> {
  const params: SqlParam[] = [];
  const values = batch.map((r) => {
    const v = r.value;
    const row = [r.regionId, r.catalogId, r.indicatorKey, r.year, v.value, v.comparator, v.milestone, v.unit, v.note, v.sourceTitle, v.sourceUrl, v.quote, v.indicatorName, by];
    const first = params.length;
    params.push(...row);
    return `(${row.map((_, i) => `$${first + i + 1}`).join(', ')}, clock_timestamp())`;
  });
  const inserted = await sql.query<{ id: number }>(
    `INSERT INTO observations (region_id, catalog_id, indicator_key, year, value, comparator, milestone, unit, note,
       source_title, source_url, quote, indicator_name, entered_by, entered_at)
     VALUES ${values.join(', ')} ON CONFLICT (region_id, indicator_key, year) DO NOTHING RETURNING id`,
    params,
  );
  return inserted.map((r) => r.id);
}

/** One audit line per value, as recordObservation writes it (the overview marks are set once for the batch). */
async function auditBatch(sql: Sql, batch: readonly NewObservation[], ids: readonly number[], by: string): Promise<void> {
  const entries = batch.map((r, i) => ({
    id: ids[i], new: { region: r.region, indicator: r.indicatorKey, year: r.year, value: r.value.value, milestone: r.value.milestone, version: 1 },
  }));
  await sql.query(
    `INSERT INTO audit_log (actor, action, entity, entity_id, old_value, new_value)
     SELECT $1, 'observe', 'observation', e->>'id', NULL, e->'new' FROM jsonb_array_elements($2::jsonb) e`,
    [by, JSON.stringify(entries)],
  );
}
