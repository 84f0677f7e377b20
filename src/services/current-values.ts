import { regionTargets, type RegionTarget } from '../storage/catalog-links.ts';
import type { Sql } from '../storage/database.ts';
import { listObservationRows, type ObservationRow } from '../storage/observations.ts';

/** A region's stored values, read once for a whole file: by indicator key and year, and by series. */
export interface RegionValues {
  /** the current row of a key and year, withdrawn or not (as findObservation) */
  readonly at: (indicatorKey: string, year: number) => ObservationRow | undefined;
  /** the values that count (not withdrawn) of one indicator key */
  readonly series: (indicatorKey: string) => readonly ObservationRow[];
  readonly targets: readonly RegionTarget[];
}

/**
 * Stored values and targets per region, each region read with two queries the first time a row of the
 * file names it: a million-row file costs one read per region, not several per row. Only valid inside the
 * import's transaction, where the rows it reads cannot change under it but by its own writes.
 */
export function currentValues(tx: Sql): (regionId: number) => Promise<RegionValues> {
  const cache = new Map<number, Promise<RegionValues>>();
  return (regionId) => {
    if (!cache.has(regionId)) cache.set(regionId, loadRegion(tx, regionId));
    return cache.get(regionId)!;
  };
}

async function loadRegion(tx: Sql, regionId: number): Promise<RegionValues> {
  const rows = await listObservationRows(tx, { regionIds: [regionId], includeWithdrawn: true });
  const targets = await regionTargets(tx, regionId);
  const byPlace = new Map(rows.map((r) => [`${r.indicatorKey}|${r.year}`, r]));
  const byKey = new Map<string, ObservationRow[]>();
  for (const r of rows) if (!r.withdrawal) byKey.set(r.indicatorKey, [...(byKey.get(r.indicatorKey) ?? []), r]);
  return { at: (key, year) => byPlace.get(`${key}|${year}`), series: (key) => byKey.get(key) ?? [], targets };
}
