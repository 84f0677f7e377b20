export * from './catalog-entry.ts';
export { shippedCatalog, catalogBounds } from './catalog.ts';
export { normalizeIndicatorName, canonicalWording } from './normalize-indicator-name.ts';
export { indicatorKeyOf, type IndicatorKey } from './indicator-key.ts';
export { matchIndicator, findCatalogCollisions, type IndicatorMatch, type MatchHow } from './match-indicator.ts';
export { convertUnit, normalizeUnit } from './convert-unit.ts';
export { isGrowthIndicator, isShareIndicator, isTotalIndicator } from './indicator-kind.ts';
export { textTargetRows, textTargetTable } from './text-target-rows.ts';
