import type { CatalogEntry } from './catalog-entry.ts';
import { economyEntries } from './entries-economy.ts';
import { environmentEntries } from './entries-environment.ts';
import { societyEntries } from './entries-society.ts';

/**
 * Values an indicator can really take, narrower than its unit allows (validation refuses the rest):
 * a life expectancy below 50 or above 100 years, schooling beyond 25 years, an urban–rural income
 * ratio below 1 (urban income is the numerator by definition) or above 10 have never been published.
 */
export const catalogBounds: Readonly<Record<string, { readonly min: number | null; readonly max: number | null }>> = {
  'life-expectancy': { min: 50, max: 100 },
  'schooling-years': { min: 0, max: 25 },
  'urban-rural-income-ratio': { min: 1, max: 10 },
};

/**
 * The shipped indicator catalogue: every indicator of the seed plans and the common national ones.
 * Storage keeps an editable copy; this list seeds it.
 */
export const shippedCatalog: readonly CatalogEntry[] = withBounds([...economyEntries, ...societyEntries, ...environmentEntries]);

function withBounds(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return entries.map((e) => (catalogBounds[e.id] ? { ...e, ...catalogBounds[e.id] } : e));
}
