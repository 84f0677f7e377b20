import { canonicalWording, matchIndicator, normalizeIndicatorName, shippedCatalog, type CatalogEntry } from '../domain/catalog/index.ts';

/**
 * Matching an observation's indicator name to a plan's: exact, then normalised (width, spaces,
 * brackets), then synonyms (the catalogue's wordings, or both names naming one catalogue entry).
 */
export type NameMatch = 'exact' | 'normalized' | 'synonym';

const normalized = new Map<string, string>();

/** normalizeIndicatorName, remembered: the same few hundred names are judged again and again. */
export function normalizeName(name: string): string {
  let text = normalized.get(name);
  if (text === undefined) {
    if (normalized.size >= 10_000) normalized.clear();
    text = normalizeIndicatorName(name);
    normalized.set(name, text);
  }
  return text;
}

interface NameKeys {
  readonly normalized: string;
  readonly canonical: string;
  readonly entry: CatalogEntry | undefined;
}

const keys = new WeakMap<readonly CatalogEntry[], Map<string, NameKeys>>();

/** A name's normalised and canonical forms and catalogue entry, remembered per catalogue. */
function keysOf(name: string, catalog: readonly CatalogEntry[]): NameKeys {
  let cache = keys.get(catalog);
  if (!cache || cache.size >= 10_000) keys.set(catalog, (cache = new Map()));
  let found = cache.get(name);
  if (!found) {
    found = { normalized: normalizeName(name), canonical: canonicalWording(name), entry: matchIndicator(name, catalog)?.entry };
    cache.set(name, found);
  }
  return found;
}

/** How two indicator names match, or undefined when they name different quantities. */
export function matchName(a: string, b: string, catalog: readonly CatalogEntry[] = shippedCatalog): NameMatch | undefined {
  if (a.trim() === b.trim()) return 'exact';
  const ka = keysOf(a, catalog);
  const kb = keysOf(b, catalog);
  if (ka.normalized === kb.normalized) return 'normalized';
  if (ka.canonical === kb.canonical) return 'synonym';
  return ka.entry !== undefined && ka.entry === kb.entry ? 'synonym' : undefined;
}

/** The catalogue's direction for an indicator name, when the catalogue knows it. */
export const catalogueDirection = (name: string, catalog: readonly CatalogEntry[] = shippedCatalog) =>
  keysOf(name, catalog).entry?.direction;

/**
 * Whether an observation's region is the plan's: the same name, or the plan's name with its
 * parents before it (连云港市海州区 for 海州区).
 */
export function matchesRegion(observationRegion: string, planRegion: string | null): boolean {
  if (!planRegion) return true;
  const obs = normalizeName(observationRegion);
  const plan = normalizeName(planRegion);
  return obs === plan || (plan.length >= 2 && obs.endsWith(plan) && /[省市区县州盟旗]$/.test(obs.slice(0, -plan.length)));
}
