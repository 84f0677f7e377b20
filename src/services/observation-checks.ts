import { convertUnit, type IndicatorKey } from '../domain/catalog/index.ts';
import { AppError, observationWarnings, type ObservationWarning, type OutlierRules } from '../domain/index.ts';
import { regionTargets, type RegionTarget } from '../storage/catalog-links.ts';
import type { Sql } from '../storage/database.ts';
import { listObservationRows, type ObservationValue } from '../storage/observations.ts';
import type { Region } from '../storage/regions.ts';
import { formatObservedValue } from './observation-value.ts';
import type { RegionContext } from './observation-context.ts';

/**
 * The warnings a legal value raises against the region's stored values and its plans' targets
 * (observationWarnings): the latest earlier year's value (stored, or `alsoKnown` from the same file), and each current plan's target for the
 * indicator converted to the value's unit (targets in another kind of unit are left out).
 */
export async function warningsFor(
  tx: Sql, context: RegionContext, region: Region, key: IndicatorKey, year: number, value: ObservationValue,
  rules?: OutlierRules, alsoKnown: ReadonlyArray<{ readonly year: number; readonly value: number | null }> = [],
): Promise<ObservationWarning[]> {
  if (value.value === null) return [];
  const stored = await listObservationRows(tx, { regionIds: [region.id], indicatorKey: key.key });
  return warningsAgainst(context, key, year, value, { stored, targets: await regionTargets(tx, region.id) }, rules, alsoKnown);
}

/** What warningsFor compares a value with: the stored values of its series and the region's targets. */
export interface KnownValues {
  readonly stored: ReadonlyArray<{ readonly year: number; readonly value: number | null }>;
  readonly targets: readonly RegionTarget[];
}

/** warningsFor with the stored values and targets already at hand (a file's rows are checked in bulk). */
export function warningsAgainst(
  context: RegionContext, key: IndicatorKey, year: number, value: ObservationValue, known: KnownValues,
  rules?: OutlierRules, alsoKnown: ReadonlyArray<{ readonly year: number; readonly value: number | null }> = [],
): ObservationWarning[] {
  if (value.value === null) return [];
  const series = [...alsoKnown, ...known.stored.filter((o) => !alsoKnown.some((k) => k.year === o.year))];
  const earlier = series.filter((o) => o.year < year && o.value !== null).sort((a, b) => b.year - a.year)[0];
  const targets = known.targets.flatMap((t) => {
    if ((t.catalogId ?? context.keyOf(t.name).key) !== key.key) return [];
    const inUnit = t.unit && value.unit ? convertUnit(t.value, t.unit, value.unit) : t.unit === value.unit ? t.value : undefined;
    return inUnit === undefined ? [] : [{ year: t.year, value: inUnit, direction: key.entry?.direction ?? 1 }];
  });
  const previous = earlier ? { year: earlier.year, value: earlier.value! } : null;
  return observationWarnings(value.value!, { indicator: value.indicatorName, unit: value.unit, previous, targets }, rules);
}

/** A value that must be confirmed before it is stored: the warnings, and how to confirm at each edge. */
export function unconfirmedError(region: Region, year: number, value: ObservationValue, warnings: readonly ObservationWarning[]): AppError {
  const list = warnings.map((w) => w.message).join('；');
  return new AppError('unconfirmed', `${region.fullName} ${value.indicatorName} ${year} 年的数值 ${formatObservedValue(value)} 异常，需要确认：${list}。`
    + '核实无误后请确认再提交（命令行加 --confirm，网页点“确认”，接口在请求中带 "confirm": true）', {
    details: { field: 'value', warnings },
  });
}
