import { convertUnit, normalizeUnit, type IndicatorKey } from '../domain/catalog/index.ts';
import { conflict, invalidInput, valueRefusal, type Comparator, type ObservationWarning, type OutlierRules } from '../domain/index.ts';
import { recordAudit } from '../storage/audit.ts';
import type { Database, Sql } from '../storage/database.ts';
import { findObservation, insertObservation, reviseObservation, type ObservationRow, type ObservationValue } from '../storage/observations.ts';
import type { Region } from '../storage/regions.ts';
import { warningsFor, unconfirmedError } from './observation-checks.ts';
import { loadRegionContext, resolveRegion } from './observation-context.ts';
import { checkObservationYear, isForecastNote } from './observation-period.ts';
import { formatObservedValue } from './observation-value.ts';
import { writeAndRefresh } from './overview-summaries.ts';

export interface ObservationInput {
  /** 海州区 or 连云港市海州区 */
  readonly region: string;
  readonly indicator: string;
  readonly year: number;
  readonly value: number | null;
  readonly comparator?: Comparator | null;
  readonly milestone?: string | null;
  readonly unit?: string | null;
  /** 预计, 修订, 七普 or free text */
  readonly note?: string | null;
  readonly sourceTitle?: string | null;
  readonly sourceUrl?: string | null;
  readonly quote?: string | null;
  readonly by: string;
  /**
   * The version the writer saw and replaces (0: none yet); another version now → conflict. A value
   * already there is revised only when the writer names its version: without one it is a conflict too.
   */
  readonly expectedVersion?: number;
  /** the writer has seen the warnings of an unusual value (a jump, far past the target) and stores it anyway */
  readonly confirm?: boolean;
  /** when a value is unusual enough to need confirming (defaultOutlierRules) */
  readonly rules?: OutlierRules;
  /** a forecast (预计) value: a year still to come is accepted; the note says 预计 */
  readonly forecast?: boolean;
}

export interface RecordedObservation {
  readonly observation: ObservationRow;
  /** the value it replaced, kept as a revision */
  readonly previous: ObservationRow | null;
  /** no plan of the region has this indicator */
  readonly unplanned: boolean;
  readonly catalogId: string | null;
  /** the warnings the writer confirmed */
  readonly warnings: ObservationWarning[];
}

/**
 * Stores a value for a region, indicator and year (a year one of the region's plans counts, and not
 * ahead of `today` unless a forecast). A value already there becomes a revision
 * (nothing is overwritten). With expectedVersion, a row changed meanwhile is refused with a
 * conflict naming its current value and version.
 */
export async function recordObservation(db: Database, input: ObservationInput, today: Date = new Date()): Promise<RecordedObservation> {
  return writeAndRefresh(db, async (tx) => {
    const context = await loadRegionContext(tx);
    const region = await resolveRegion(tx, input.region);
    const forecast = input.forecast || isForecastNote(input.note);
    await checkObservationYear(tx, region, input.year, forecast, today);
    const key = context.keyOf(input.indicator);
    const note = input.forecast && !isForecastNote(input.note) ? [input.note, '预计'].filter(Boolean).join('；') : input.note;
    const value = checkValue({ ...input, note }, key, await context.printedUnits(key.key));
    const warnings = await warningsFor(tx, context, region, key, input.year, value, input.rules);
    if (warnings.length && !input.confirm) throw unconfirmedError(region, input.year, value, warnings);
    const result = await writeObservation(tx, region, key, input.year, value, input.by, input.expectedVersion ?? 'required');
    return { ...result, unplanned: !(await context.planned(region.id)).has(key.key), catalogId: key.entry?.id ?? null, warnings };
  });
}

/** The value in the catalogue unit (or a unit plans print for it), refused when the unit cannot be converted or the value leaves its range (valueRefusal). */
export function checkValue(input: Omit<ObservationInput, 'region' | 'by' | 'year'>, key: IndicatorKey, printedUnits: ReadonlySet<string> = new Set()): ObservationValue {
  const wanted = key.entry?.unit ?? null;
  let value = input.value;
  let unit = input.unit?.trim() || wanted;
  // a unit a plan prints for this indicator (托育数（人） beside 托位数（个）) is accepted as given
  if (value !== null && input.unit && wanted && input.unit.trim() !== wanted && !printedUnits.has(normalizeUnit(input.unit))) {
    const converted = convertUnit(value, input.unit, wanted);
    if (converted === undefined) throw invalidInput(`单位 "${input.unit}" 无法换算为指标 ${key.entry!.name} 的单位 "${wanted}"：请改用 ${wanted} 填报`);
    value = converted;
    unit = wanted;
  }
  const refusal = value === null ? null : valueRefusal({ indicator: input.indicator, unit, entry: key.entry }, value);
  if (refusal) throw invalidInput(refusal, { field: 'value' });
  return {
    value, comparator: input.comparator ?? null, milestone: input.milestone ?? null, unit, note: input.note ?? null,
    sourceTitle: input.sourceTitle ?? null, sourceUrl: input.sourceUrl ?? null, quote: input.quote ?? null,
    indicatorName: input.indicator,
  };
}

/**
 * Inserts or revises inside the caller's transaction; the row is locked while it is compared.
 * expectedVersion: the version replaced (0: none); 'required' refuses to revise a value whose version the
 * writer did not name; undefined revises whatever is current (a file import without versions, as the spec says).
 */
export async function writeObservation(tx: Sql, region: Region, key: IndicatorKey, year: number, value: ObservationValue, by: string, expected?: number | 'required') {
  const expectedVersion = expected === 'required' ? undefined : expected;
  const place = { regionId: region.id, catalogId: key.entry?.id ?? null, indicatorKey: key.key, year };
  let current = await findObservation(tx, region.id, key.key, year, true);
  if (!current) {
    if (expectedVersion) throw conflictError(region, value.indicatorName, year, undefined, expectedVersion);
    const id = await insertObservation(tx, place, value, by);
    if (id !== undefined) return await audited(tx, region, key, year, null, value, by);
    current = await findObservation(tx, region.id, key.key, year, true);
    if (expectedVersion === 0 || !current) throw conflictError(region, value.indicatorName, year, current, expectedVersion);
  }
  if (expected === 'required') throw versionRequiredError(region, value.indicatorName, year, current);
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw conflictError(region, value.indicatorName, year, current, expectedVersion);
  if ((await reviseObservation(tx, current, value, by)) === undefined) throw conflictError(region, value.indicatorName, year, current, expectedVersion);
  return audited(tx, region, key, year, current, value, by);
}

async function audited(tx: Sql, region: Region, key: IndicatorKey, year: number, previous: ObservationRow | null, value: ObservationValue, by: string) {
  const observation = (await findObservation(tx, region.id, key.key, year))!;
  await recordAudit(tx, {
    by, action: previous ? 'revise' : 'observe', entity: 'observation', entityId: observation.id,
    old: previous && { value: previous.value, milestone: previous.milestone, version: previous.version, sourceTitle: previous.sourceTitle },
    new: { region: region.fullName, indicator: key.key, year, value: value.value, milestone: value.milestone, version: observation.version },
  });
  return { observation, previous };
}

function conflictError(region: Region, indicator: string, year: number, current: ObservationRow | undefined, expected: number | undefined) {
  const now = current
    ? `当前值为 ${formatObservedValue(current)}（版本 ${current.version}，${current.enteredBy} 于 ${current.enteredAt} 填报）`
    : '当前尚无数值（版本 0）';
  return conflict(`${region.fullName} ${indicator} ${year} 年的数据已被他人修改：${now}，你提交时依据的是版本 ${expected ?? 0}。请查看最新值后再提交。`, {
    current: current ? { value: current.value, milestone: current.milestone, version: current.version, enteredBy: current.enteredBy } : null,
  });
}

/** A revision that does not say which version it replaces: it might overwrite a value the writer never saw. */
function versionRequiredError(region: Region, indicator: string, year: number, current: ObservationRow) {
  return conflict(
    `${region.fullName} ${indicator} ${year} 年已有值 ${formatObservedValue(current)}（版本 ${current.version}，${current.enteredBy} 于 ${current.enteredAt} 填报）：`
      + `修订时请给出所替换的版本（命令行 --expected-version ${current.version}，接口 expected_version: ${current.version}），以免覆盖他人的修改。`,
    { reason: 'version-required', current: { value: current.value, milestone: current.milestone, version: current.version, enteredBy: current.enteredBy } },
  );
}
