import type { CatalogEntry } from './catalog-entry.ts';
import { matchIndicator, type MatchHow } from './match-indicator.ts';
import { canonicalWording } from './normalize-indicator-name.ts';

/**
 * How observations and plan rows of the same indicator meet: the catalogue id when an entry
 * matches the name, else the name in its canonical wording (`name:…`), so that a value for an
 * indicator the catalogue does not know still reaches a plan row printed the same way.
 */
export interface IndicatorKey {
  readonly key: string;
  readonly entry: CatalogEntry | null;
  readonly how: MatchHow | null;
}

export function indicatorKeyOf(name: string, catalog: readonly CatalogEntry[]): IndicatorKey {
  const match = matchIndicator(name, catalog);
  if (match) return { key: match.entry.id, entry: match.entry, how: match.how };
  return { key: `name:${canonicalWording(name)}`, entry: null, how: null };
}
