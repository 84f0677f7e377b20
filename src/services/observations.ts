import { indicatorKeyOf } from '../domain/catalog/index.ts';
import { notFound } from '../domain/index.ts';
import { listCatalogEntries } from '../storage/catalog-entries.ts';
import type { Sql } from '../storage/database.ts';
import { latestObservationRows, listObservationRows, listRevisionRows, type ObservationRow, type RevisionRow } from '../storage/observations.ts';
import { resolveRegion } from './observation-context.ts';
import { formatObservedValue } from './observation-value.ts';

export type { ObservationRow, RevisionRow } from '../storage/observations.ts';

/** Current values of a region (optionally one indicator, one year), by indicator then year. */
export async function listObservations(sql: Sql, filter: { region?: string; indicator?: string; year?: number; includeWithdrawn?: boolean }): Promise<ObservationRow[]> {
  const region = filter.region ? await resolveRegion(sql, filter.region) : undefined;
  const indicatorKey = filter.indicator ? indicatorKeyOf(filter.indicator, await listCatalogEntries(sql)).key : undefined;
  return listObservationRows(sql, { regionIds: region && [region.id], indicatorKey, year: filter.year, includeWithdrawn: filter.includeWithdrawn });
}

export interface ObservationHistory {
  readonly current: ObservationRow;
  /** replaced values, newest first: who entered them, when, from which source, and who replaced them */
  readonly revisions: RevisionRow[];
}

/** Every year's current value of one indicator in a region (withdrawn ones too, marked) with the values it replaced. */
export async function observationHistory(sql: Sql, filter: { region: string; indicator: string; year?: number }): Promise<ObservationHistory[]> {
  const rows = await listObservations(sql, { ...filter, includeWithdrawn: true });
  if (!rows.length) throw notFound(`${filter.region} 的 ${filter.indicator}${filter.year ? ` ${filter.year} 年` : ''}还没有数据：用 plantrack observe 填报。`);
  const histories: ObservationHistory[] = [];
  for (const current of rows) histories.push({ current, revisions: (await listRevisionRows(sql, current.id)).reverse() });
  return histories;
}

/** The latest value of an indicator, as the plans side shows it (show-plan.ts LatestValue). */
export interface LatestObservation {
  readonly year: number;
  readonly value: number | null;
  /** as a user would write it: <4, 63.08, 建成 */
  readonly raw: string | null;
  readonly note: string | null;
  readonly unit: string | null;
  readonly version: number;
  readonly sourceTitle: string | null;
}

/**
 * Latest value per indicator key (catalogue id, or `name:…` from indicatorKeyOf) in a region:
 * what `plantrack show` lists beside each plan row. Matches show-plan.ts's LatestLookup.
 */
export async function latestObservations(sql: Sql, regionId: number, indicatorKeys: readonly string[], years?: { start: number; end: number }): Promise<ReadonlyMap<string, LatestObservation>> {
  const rows = await latestObservationRows(sql, regionId, indicatorKeys, years);
  return new Map(rows.map((row) => [row.indicatorKey, latestOf(row)]));
}

/** A stored row as the latest value listed beside a plan row. */
export const latestOf = (row: ObservationRow): LatestObservation => ({
  year: row.year, value: row.value === null ? null : Number(row.value), raw: formatObservedValue(row), note: row.note, unit: row.unit,
  version: row.version, sourceTitle: row.sourceTitle,
});
