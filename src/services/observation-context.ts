import { indicatorKeyOf, normalizeUnit, type CatalogEntry, type IndicatorKey } from '../domain/catalog/index.ts';
import { notFound } from '../domain/index.ts';
import { listCatalogEntries } from '../storage/catalog-entries.ts';
import { planUnits, regionIndicatorKeys } from '../storage/catalog-links.ts';
import type { Sql } from '../storage/database.ts';
import { findRegion, suggestRegions, type Region } from '../storage/regions.ts';

/** A region by name (海州区) or full name (连云港市海州区); not-found naming the nearest known ones. */
export async function resolveRegion(sql: Sql, name: string): Promise<Region> {
  const region = await findRegion(sql, name);
  if (region) return region;
  const suggestions = await nearestRegions(sql, name);
  throw notFound(unknownRegionMessage(name, suggestions), { suggestions });
}

export async function nearestRegions(sql: Sql, name: string): Promise<string[]> {
  return (await suggestRegions(sql, name)).map((r) => r.fullName);
}

export function unknownRegionMessage(name: string, near: readonly string[]): string {
  const hint = near.length ? `相近的地区：${near.join('、')}` : '请先用 plantrack import 导入该地区的规划';
  return `未知地区 "${name}"：${hint}`;
}

/** What observations of one region need: the catalogue and the indicator keys its plans have. */
export interface RegionContext {
  readonly catalog: readonly CatalogEntry[];
  readonly planned: (regionId: number) => Promise<ReadonlySet<string>>;
  readonly keyOf: (name: string) => IndicatorKey;
  /** units plan rows of this indicator print, normalised */
  readonly printedUnits: (indicatorKey: string) => Promise<ReadonlySet<string>>;
}

export async function loadRegionContext(sql: Sql): Promise<RegionContext> {
  const catalog = await listCatalogEntries(sql);
  const cache = new Map<number, Promise<ReadonlySet<string>>>();
  const keys = new Map<string, IndicatorKey>();
  // a file names the same few indicators on every row
  const keyOf = (name: string) => {
    if (!keys.has(name)) keys.set(name, indicatorKeyOf(name, catalog));
    return keys.get(name)!;
  };
  const planned = (regionId: number) => {
    if (!cache.has(regionId)) cache.set(regionId, regionIndicatorKeys(sql, regionId, catalog));
    return cache.get(regionId)!;
  };
  const units = new Map<string, Promise<ReadonlySet<string>>>();
  const printedUnits = (indicatorKey: string) => {
    if (!units.has(indicatorKey)) units.set(indicatorKey, planUnits(sql, indicatorKey).then((found) => new Set(found.map(normalizeUnit))));
    return units.get(indicatorKey)!;
  };
  return { catalog, planned, keyOf, printedUnits };
}
