/** Printing helpers shared by the report builders: numbers as evaluators write them. */

/** 63.08, 0.5, 1234.5 — at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 2): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A ratio as a percentage with one decimal: 0.184 → 18.4%. */
export const formatRatio = (ratio: number | null): string => (ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`);

/** The unit a difference is measured in: a % indicator changes by 个百分点. */
export const differenceUnit = (unit: string | null): string => (unit === '%' ? '个百分点' : unit ?? '');

/** 2026年11月22日, in China's time zone whatever the machine's. */
export function formatDate(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${part('year')}年${part('month')}月${part('day')}日`;
}

/** A value with its year: 63.08（2022年）. */
export const withYear = (value: string, year: number): string => `${value}（${year}年）`;

/** The same indicator name whatever its width or spacing (for joining rows and sources). */
export const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');
