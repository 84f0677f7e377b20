import { indicatorKeyOf, type CatalogEntry } from '../domain/catalog/index.ts';
import { isCurrentPlanSql } from './plan-state.ts';
import type { Sql } from './database.ts';

/**
 * Sets indicators.catalog_id from each row's name: every row of one plan, or (no plan given)
 * every row not linked yet. Returns how many rows were linked.
 */
export async function linkIndicatorRows(sql: Sql, catalog: readonly CatalogEntry[], planId?: number): Promise<number> {
  const rows = await sql.query<{ id: number; name: string }>(
    planId === undefined
      ? 'SELECT id, name FROM indicators WHERE catalog_id IS NULL'
      : 'SELECT id, name FROM indicators WHERE plan_id = $1',
    planId === undefined ? [] : [planId],
  );
  const ids: number[] = [];
  const catalogIds: (string | null)[] = [];
  for (const row of rows) {
    const { entry } = indicatorKeyOf(row.name, catalog);
    if (!entry && planId === undefined) continue;
    ids.push(row.id);
    catalogIds.push(entry?.id ?? null);
  }
  if (!ids.length) return 0;
  await sql.query(
    'UPDATE indicators i SET catalog_id = m.catalog_id FROM unnest($1::int[], $2::text[]) AS m(id, catalog_id) WHERE i.id = m.id',
    [ids, catalogIds],
  );
  return catalogIds.filter((id) => id !== null).length;
}

/** The indicator keys (catalogue id or `name:…`) of every current plan of a region. */
export async function regionIndicatorKeys(sql: Sql, regionId: number, catalog: readonly CatalogEntry[]): Promise<ReadonlySet<string>> {
  const rows = await sql.query<{ name: string; catalogId: string | null }>(
    `SELECT i.name, i.catalog_id AS "catalogId" FROM indicators i JOIN plans p ON p.id = i.plan_id
     WHERE p.region_id = $1 AND ${isCurrentPlanSql('p')}`,
    [regionId],
  );
  return new Set(rows.map((row) => row.catalogId ?? indicatorKeyOf(row.name, catalog).key));
}

/** The units plan rows linked to a catalogue entry print (托育数（人） vs 托位数（个）). */
export async function planUnits(sql: Sql, catalogId: string): Promise<string[]> {
  const rows = await sql.query<{ unit: string }>('SELECT DISTINCT unit FROM indicators WHERE catalog_id = $1 AND unit IS NOT NULL', [catalogId]);
  return rows.map((row) => row.unit);
}

/** A numeric target of a current plan of a region: what an observation far past it is compared with. */
export interface RegionTarget {
  readonly name: string;
  readonly catalogId: string | null;
  readonly unit: string | null;
  readonly value: number;
  readonly year: number;
}

/** The numeric, non-cumulative targets of a region's current plans (not the plans a later one replaced). */
export async function regionTargets(sql: Sql, regionId: number): Promise<RegionTarget[]> {
  const rows = await sql.query<RegionTarget>(
    `SELECT i.name, i.catalog_id AS "catalogId", i.unit, i.target_value AS value, p.period_end AS year
     FROM indicators i JOIN plans p ON p.id = i.plan_id
     WHERE p.region_id = $1 AND i.target_value IS NOT NULL AND NOT i.target_cumulative AND p.period_end IS NOT NULL
       AND ${isCurrentPlanSql('p')}`,
    [regionId],
  );
  return rows.map((r) => ({ ...r, value: Number(r.value), year: Number(r.year) }));
}
