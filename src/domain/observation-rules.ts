import type { CatalogEntry } from './catalog/catalog-entry.ts';
import { normalizeUnit } from './catalog/convert-unit.ts';
import { isGrowthIndicator, isShareIndicator } from './catalog/indicator-kind.ts';
import { normalizeIndicatorName } from './catalog/normalize-indicator-name.ts';

/** The indicator a number is entered for: its name, the unit it is given in, its catalogue entry. */
export interface ValueSubject {
  readonly indicator: string;
  readonly unit: string | null;
  readonly entry?: CatalogEntry | null;
}

/** How a quantity may range, from its unit and kind. */
export interface ValueRange {
  readonly min: number | null;
  readonly max: number | null;
  /** why, in Chinese: 比重类指标, 年龄（岁）, 数量或总量 … */
  readonly reason: string;
}

/** Rates of change: growth, decline, increase — may be negative whatever their unit. */
const changeWords = /增长|增速|增幅|下降|降低|减少|削减|增加|增减|变化|变动|净增|提高|提升/;
/** 岁: no human age lies outside 0–130. */
const ageLimit = 130;

/** The unit-aware range a number must lie in; the catalogue's own min/max narrow it where set. */
export function valueRange(subject: ValueSubject): ValueRange {
  const entry = subject.entry ?? null;
  const unit = subject.unit ? normalizeUnit(subject.unit) : null;
  const name = normalizeIndicatorName(subject.indicator);
  const share = entry ? entry.kind === 'share' : isShareIndicator(subject.indicator, unit);
  const change = entry ? entry.kind === 'growth' || changeWords.test(normalizeIndicatorName(entry.name)) : isGrowthIndicator(name) || changeWords.test(name);
  const own = entry && (entry.min != null || entry.max != null) ? { min: entry.min ?? null, max: entry.max ?? null } : null;
  if (own) return { ...own, reason: `指标目录为 ${entry!.name} 规定的范围` };
  if (share && (unit === '%' || unit === null)) return { min: 0, max: 100, reason: '比重类指标（%）' };
  if (change) return { min: null, max: null, reason: '增长率或变化量，可为负数' };
  if (unit === '岁') return { min: 0, max: ageLimit, reason: '年龄（岁）' };
  return { min: 0, max: null, reason: unit === '%' ? '百分比水平（非增长率）' : '数量、总量或水平值' };
}

/** Why a number cannot be the indicator's value (out of its range), or null when it can. */
export function valueRefusal(subject: ValueSubject, value: number): string | null {
  if (!Number.isFinite(value)) return `${subject.indicator} 的数值无效：请填有限的数字`;
  const range = valueRange(subject);
  const low = range.min !== null && value < range.min;
  const high = range.max !== null && value > range.max;
  if (!low && !high) return null;
  const unit = subject.unit ? ` ${subject.unit}` : '';
  const span = range.max === null ? `不能小于 ${range.min}` : range.min === null ? `不能大于 ${range.max}` : `应在 ${range.min}–${range.max} 之间`;
  const hint = range.min === 0 && low && range.max === null ? '；只有增长率、变化量可为负数' : '';
  return `${subject.indicator}（${range.reason}）的数值${span}，收到 ${value}${unit}${hint}`;
}
