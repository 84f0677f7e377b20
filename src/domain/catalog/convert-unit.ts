/**
 * Units that differ only in scale (人 ↔ 万人, 元 ↔ 万元 ↔ 亿元) convert; anything else does not.
 * Each family maps a unit to its factor in the family's base unit.
 */
const families: readonly Readonly<Record<string, number>>[] = [
  { 人: 1, 万人: 1e4, 亿人: 1e8 },
  { 人次: 1, 万人次: 1e4, 亿人次: 1e8 },
  { 元: 1, 万元: 1e4, 亿元: 1e8 },
  { 美元: 1, 万美元: 1e4, 亿美元: 1e8 },
  { 吨: 1, 万吨: 1e4, 亿吨: 1e8 },
  { 户: 1, 万户: 1e4 },
  { 件: 1, 万件: 1e4 },
  { 个: 1, 万个: 1e4 },
  { 平方米: 1, 万平方米: 1e4, 公顷: 1e4, 平方公里: 1e6 },
  { 千瓦时: 1, 万千瓦时: 1e4, 亿千瓦时: 1e8 },
];

const aliases: Readonly<Record<string, string>> = {
  'm2': '平方米', 'm²': '平方米', 'km2': '平方公里', 'km²': '平方公里', 'ha': '公顷',
  'μg/m3': '微克/立方米', 'μg/m³': '微克/立方米', 'ug/m3': '微克/立方米',
  '％': '%', '百分比': '%', 'kwh': '千瓦时',
};

/** The unit written one way: width folded, spaces dropped, Latin spellings mapped to Chinese. */
export function normalizeUnit(unit: string): string {
  const folded = unit.normalize('NFKC').replace(/\s+/g, '').replace(/^[(（](.*)[)）]$/, '$1');
  return aliases[folded.toLowerCase()] ?? folded;
}

/** The value in unit `to`, when `from` differs from it by a power-of-ten scale only; else undefined. */
export function convertUnit(value: number, from: string, to: string): number | undefined {
  const source = normalizeUnit(from);
  const target = normalizeUnit(to);
  if (source === target) return value;
  for (const family of families) {
    const a = family[source];
    const b = family[target];
    if (a !== undefined && b !== undefined) return Number(((value * a) / b).toPrecision(12));
  }
  return undefined;
}
