import type { Comparator, Withdrawal } from '../domain/index.ts';
import type { Sql } from './database.ts';
import { withdrawalSql } from './plan-state.ts';

/** What one write of an observation says: the value and where it was published. */
export interface ObservationValue {
  readonly value: number | null;
  readonly comparator: Comparator | null;
  readonly milestone: string | null;
  readonly unit: string | null;
  readonly note: string | null;
  readonly sourceTitle: string | null;
  readonly sourceUrl: string | null;
  readonly quote: string | null;
  /** the indicator's name as the writer gave it */
  readonly indicatorName: string;
}

/** The current row of one region, indicator and year. */
export interface ObservationRow extends ObservationValue {
  readonly id: number;
  readonly regionId: number;
  readonly region: string;
  readonly catalogId: string | null;
  readonly indicatorKey: string;
  readonly year: number;
  readonly version: number;
  readonly enteredBy: string;
  readonly enteredAt: string;
  /** taken back (撤回): it counts nowhere until restored */
  readonly withdrawal: Withdrawal | null;
}

/** A replaced value, with who replaced it and when. */
export interface RevisionRow extends ObservationValue {
  readonly observationId: number;
  readonly version: number;
  readonly enteredBy: string;
  readonly enteredAt: string;
  readonly replacedBy: string;
  readonly replacedAt: string;
  /** this version was a withdrawal */
  readonly withdrawal: Withdrawal | null;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const valueColumns = (t: string) => `${t}value, ${t}comparator, ${t}milestone, ${t}unit, ${t}note, ${t}source_title AS "sourceTitle",
  ${t}source_url AS "sourceUrl", ${t}quote, ${t}indicator_name AS "indicatorName", ${t}entered_by AS "enteredBy",
  ${iso(`${t}entered_at`)} AS "enteredAt", ${withdrawalSql(t.replace('.', '') || 'observation_revisions')} AS withdrawal`;
export const rowSelect = `SELECT o.id, o.region_id AS "regionId", r.full_name AS region, o.catalog_id AS "catalogId",
  o.indicator_key AS "indicatorKey", o.year, o.version, ${valueColumns('o.')}
  FROM observations o JOIN regions r ON r.id = o.region_id`;

const valueParams = (v: ObservationValue) =>
  [v.value, v.comparator, v.milestone, v.unit, v.note, v.sourceTitle, v.sourceUrl, v.quote, v.indicatorName] as const;

/** The current row, withdrawn or not (see `withdrawal`), locked for the rest of the transaction when `lock` (SELECT … FOR UPDATE). */
export async function findObservation(sql: Sql, regionId: number, indicatorKey: string, year: number, lock = false): Promise<ObservationRow | undefined> {
  const rows = await sql.query<ObservationRow>(
    `${rowSelect} WHERE o.region_id = $1 AND o.indicator_key = $2 AND o.year = $3${lock ? ' FOR UPDATE OF o' : ''}`,
    [regionId, indicatorKey, year],
  );
  return rows[0];
}

/** Inserts a first value; undefined when another writer inserted the same region/indicator/year first. */
export async function insertObservation(sql: Sql, key: { regionId: number; catalogId: string | null; indicatorKey: string; year: number }, v: ObservationValue, by: string): Promise<number | undefined> {
  const rows = await sql.query<{ id: number }>(
    `INSERT INTO observations (region_id, catalog_id, indicator_key, year, value, comparator, milestone, unit, note,
       source_title, source_url, quote, indicator_name, entered_by, entered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, clock_timestamp())
     ON CONFLICT (region_id, indicator_key, year) DO NOTHING RETURNING id`,
    [key.regionId, key.catalogId, key.indicatorKey, key.year, ...valueParams(v), by],
  );
  return rows[0]?.id;
}

/**
 * Keeps the current value as a revision and writes the new one, only if the row is still at
 * `version` (a conditional UPDATE); returns the new version, or undefined when another writer was
 * first — the caller must then abandon its transaction.
 */
export async function reviseObservation(sql: Sql, current: { id: number; version: number }, v: ObservationValue, by: string): Promise<number | undefined> {
  await sql.query(
    keepRevision, [current.id, current.version, by],
  );
  const rows = await sql.query<{ version: number }>(
    `UPDATE observations SET value = $3, comparator = $4, milestone = $5, unit = $6, note = $7, source_title = $8,
       source_url = $9, quote = $10, indicator_name = $11, entered_by = $12, entered_at = clock_timestamp(), version = version + 1,
       withdrawn_at = NULL, withdrawn_by = NULL, withdrawn_reason = NULL
     WHERE id = $1 AND version = $2 RETURNING version`,
    [current.id, current.version, ...valueParams(v), by],
  );
  return rows[0]?.version;
}

/** Copies version $2 of observation $1 into its revisions, replaced by $3. */
const keepRevision = `INSERT INTO observation_revisions (observation_id, version, value, comparator, milestone, unit, note, source_title,
    source_url, quote, indicator_name, entered_by, entered_at, replaced_by, replaced_at, withdrawn_at, withdrawn_by, withdrawn_reason)
  SELECT id, version, value, comparator, milestone, unit, note, source_title, source_url, quote, indicator_name,
    entered_by, entered_at, $3, clock_timestamp(), withdrawn_at, withdrawn_by, withdrawn_reason FROM observations WHERE id = $1 AND version = $2`;

/**
 * Withdraws (mark) or restores (null) the value at `version` as a new version, the previous one kept
 * as a revision; returns the new version, or undefined when another writer changed the row first.
 */
export async function markObservation(sql: Sql, current: { id: number; version: number }, mark: { by: string; reason: string } | null, by: string): Promise<number | undefined> {
  await sql.query(keepRevision, [current.id, current.version, by]);
  const rows = await sql.query<{ version: number }>(
    `UPDATE observations SET withdrawn_at = CASE WHEN $3::text IS NULL THEN NULL ELSE clock_timestamp() END, withdrawn_by = $3,
       withdrawn_reason = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING version`,
    [current.id, current.version, mark?.by ?? null, mark?.reason ?? null],
  );
  return rows[0]?.version;
}

/** One observation row by id, withdrawn or not, locked for the transaction. */
export async function findObservationById(sql: Sql, id: number): Promise<ObservationRow | undefined> {
  const rows = await sql.query<ObservationRow>(`${rowSelect} WHERE o.id = $1 FOR UPDATE OF o`, [id]);
  return rows.map(numeric)[0];
}

/** Current rows of a region (optionally one indicator key), by indicator then year; withdrawn ones only when asked. */
export async function listObservationRows(sql: Sql, filter: { regionIds?: readonly number[]; indicatorKey?: string; year?: number; includeWithdrawn?: boolean }): Promise<ObservationRow[]> {
  const rows = await sql.query<ObservationRow>(
    `${rowSelect} WHERE ($1::int[] IS NULL OR o.region_id = ANY($1::int[])) AND ($2::text IS NULL OR o.indicator_key = $2)
       AND ($3::int IS NULL OR o.year = $3) AND ($4 OR o.withdrawn_at IS NULL) ORDER BY r.full_name, o.indicator_key, o.year`,
    [filter.regionIds ? [...filter.regionIds] : null, filter.indicatorKey ?? null, filter.year ?? null, filter.includeWithdrawn ?? false],
  );
  return rows.map(numeric);
}

/** Replaced values of one observation, oldest first. */
export async function listRevisionRows(sql: Sql, observationId: number): Promise<RevisionRow[]> {
  const rows = await sql.query<RevisionRow>(
    `SELECT observation_id AS "observationId", version, ${valueColumns('')}, replaced_by AS "replacedBy", ${iso('replaced_at')} AS "replacedAt"
     FROM observation_revisions WHERE observation_id = $1 ORDER BY version`,
    [observationId],
  );
  return rows.map(numeric);
}

/** The row of the latest year for each indicator key of a region (within `years` when given: a plan's t0 … tT). */
export async function latestObservationRows(sql: Sql, regionId: number, indicatorKeys: readonly string[], years?: { start: number; end: number }): Promise<ObservationRow[]> {
  const rows = await sql.query<ObservationRow>(
    `${rowSelect} WHERE o.region_id = $1 AND o.indicator_key = ANY($2::text[])
       AND o.year = (SELECT max(m.year) FROM observations m WHERE m.region_id = o.region_id AND m.indicator_key = o.indicator_key
                     AND m.year BETWEEN $3::int AND $4::int AND m.withdrawn_at IS NULL)
     ORDER BY o.indicator_key`,
    [regionId, [...indicatorKeys], years?.start ?? -99999, years?.end ?? 99999],
  );
  return rows.map(numeric);
}

const numeric = <Row extends ObservationValue>(row: Row): Row => ({ ...row, value: row.value === null ? null : Number(row.value) });
