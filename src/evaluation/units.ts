/** Units that differ by scale only: 人 ↔ 万人, 元 ↔ 万元 ↔ 亿元 … */
const scales: ReadonlyArray<Readonly<Record<string, number>>> = [
  { 人: 1, 万人: 1e4, 亿人: 1e8 },
  { 元: 1, 万元: 1e4, 亿元: 1e8 },
  { 美元: 1, 万美元: 1e4, 亿美元: 1e8 },
  { 户: 1, 万户: 1e4 },
  { 个: 1, 万个: 1e4 },
  { 吨: 1, 万吨: 1e4, 亿吨: 1e8 },
  { 千瓦: 1, 万千瓦: 1e4 },
  { 平方米: 1, 万平方米: 1e4 },
  { 亩: 1, 万亩: 1e4 },
  { 公里: 1, 千米: 1 },
];

const cleanUnit = (unit: string): string =>
  unit.normalize('NFKC').replace(/\s+/g, '').replace(/^[(（]|[)）]$/g, '').replace(/^%$/, '%');

/**
 * The value expressed in `to`, when the units are the same or differ by scale only;
 * undefined when they cannot be converted. A missing unit on either side is taken as the same.
 */
export function convertUnit(value: number, from: string | null, to: string | null): number | undefined {
  if (!from || !to) return value;
  const a = cleanUnit(from);
  const b = cleanUnit(to);
  if (a === b) return value;
  for (const family of scales) {
    if (a in family && b in family) return (value * family[a]) / family[b];
  }
  return undefined;
}

/** Whether the indicator is measured in percent (forecasts are then kept within 0–100). */
export const isPercentUnit = (unit: string | null): boolean => unit !== null && /%|％|百分比/.test(unit);
