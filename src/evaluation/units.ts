import { convertUnit as convertScale } from '../domain/catalog/index.ts';

/**
 * The value expressed in `to`, when the units are the same or differ by scale only (人 ↔ 万人,
 * 元 ↔ 万元 ↔ 亿元); undefined when they cannot be converted. A missing unit on either side is
 * taken as the same.
 */
export function convertUnit(value: number, from: string | null, to: string | null): number | undefined {
  if (!from || !to) return value;
  return convertScale(value, from, to);
}

/** Whether the indicator is measured in percent (forecasts are then kept within 0–100). */
export const isPercentUnit = (unit: string | null): boolean => unit !== null && /%|％|百分比/.test(unit);

/** A target in percent: its unit, or a (%) left in its printed name when no unit column was read. */
export const isPercentTarget = (target: { readonly name: string; readonly unit: string | null }): boolean =>
  isPercentUnit(target.unit) || (target.unit === null && /[(（]\s*[%％]\s*[)）]/.test(target.name));
