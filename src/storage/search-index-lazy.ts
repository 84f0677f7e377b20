import type * as SearchIndex from './search-index.ts';

export type { PassageRow, PassageKind, PassageFilter } from './search-index.ts';

/**
 * The search index's storage, loaded on its first use: it brings jieba and its dictionary (≈26 MB and
 * 0.25 s), which only search, comparison and import need — not a server that answers the dashboard.
 */
const load = () => import('./search-index.ts');

export const indexPendingPlans: typeof SearchIndex.indexPendingPlans = async (...args) => (await load()).indexPendingPlans(...args);
export const indexPlanPassages: typeof SearchIndex.indexPlanPassages = async (...args) => (await load()).indexPlanPassages(...args);
export const markIndexStale: typeof SearchIndex.markIndexStale = async (...args) => (await load()).markIndexStale(...args);
export const findPassages: typeof SearchIndex.findPassages = async (...args) => (await load()).findPassages(...args);
export const passageTotals: typeof SearchIndex.passageTotals = async (...args) => (await load()).passageTotals(...args);
