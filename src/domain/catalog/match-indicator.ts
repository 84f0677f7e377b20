import type { CatalogEntry } from './catalog-entry.ts';
import { canonicalWording, normalizeIndicatorName } from './normalize-indicator-name.ts';

export type MatchHow = 'exact' | 'normalized' | 'synonym';

export interface IndicatorMatch {
  readonly entry: CatalogEntry;
  readonly how: MatchHow;
}

interface CatalogIndex {
  readonly exact: Map<string, CatalogEntry>;
  readonly normalized: Map<string, CatalogEntry>;
  readonly synonym: Map<string, CatalogEntry>;
}

const indexes = new WeakMap<readonly CatalogEntry[], CatalogIndex>();

/**
 * Finds the catalogue entry of a printed indicator name: the canonical name as written, then
 * the name normalized (width, spaces, brackets, Roman numerals), then a listed synonym or a
 * known synonymous wording (比例/比率, 建成区/建城区, 好于/优于, R&D/研发经费 …).
 */
export function matchIndicator(name: string, catalog: readonly CatalogEntry[]): IndicatorMatch | undefined {
  const index = indexOf(catalog);
  const exact = index.exact.get(name.trim());
  if (exact) return { entry: exact, how: 'exact' };
  const normalized = index.normalized.get(normalizeIndicatorName(name));
  if (normalized) return { entry: normalized, how: 'normalized' };
  const synonym = index.synonym.get(normalizeIndicatorName(name)) ?? index.synonym.get(canonicalWording(name));
  return synonym ? { entry: synonym, how: 'synonym' } : undefined;
}

/** Every catalogue name (canonical and synonyms) whose wording collides with another entry's. */
export function findCatalogCollisions(catalog: readonly CatalogEntry[]): string[] {
  const owner = new Map<string, string>();
  const collisions: string[] = [];
  for (const entry of catalog) {
    for (const key of new Set([entry.name, ...entry.synonyms].map(canonicalWording))) {
      const other = owner.get(key);
      if (other && other !== entry.id) collisions.push(`${key}: ${other} / ${entry.id}`);
      owner.set(key, entry.id);
    }
  }
  return collisions;
}

function indexOf(catalog: readonly CatalogEntry[]): CatalogIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  index = { exact: new Map(), normalized: new Map(), synonym: new Map() };
  for (const entry of catalog) {
    setOnce(index.exact, entry.name, entry);
    setOnce(index.normalized, normalizeIndicatorName(entry.name), entry);
    setOnce(index.synonym, canonicalWording(entry.name), entry);
    for (const synonym of entry.synonyms) {
      setOnce(index.synonym, normalizeIndicatorName(synonym), entry);
      setOnce(index.synonym, canonicalWording(synonym), entry);
    }
  }
  indexes.set(catalog, index);
  return index;
}

function setOnce(map: Map<string, CatalogEntry>, key: string, entry: CatalogEntry): void {
  if (!map.has(key)) map.set(key, entry);
}
