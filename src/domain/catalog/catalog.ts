import type { CatalogEntry } from './catalog-entry.ts';
import { economyEntries } from './entries-economy.ts';
import { environmentEntries } from './entries-environment.ts';
import { societyEntries } from './entries-society.ts';

/**
 * The shipped indicator catalogue: every indicator of the seed plans and the common national ones.
 * Storage keeps an editable copy; this list seeds it.
 */
export const shippedCatalog: readonly CatalogEntry[] = [...economyEntries, ...societyEntries, ...environmentEntries];
