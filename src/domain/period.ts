/** A plan's period, 2021–2025. */
export interface Period {
  readonly start: number;
  readonly end: number;
}

/** The first years of the five-year plans people name (十四五 = 2021–2025). */
const fiveYearPlanStarts: Readonly<Record<string, number>> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031 };

/** 十四五 or 2021–2025 (the name people use, else the years). */
export function periodLabel(period: Period): string {
  const named = Object.entries(fiveYearPlanStarts).find(([, start]) => start === period.start && period.end === start + 4);
  return named ? named[0] : `${period.start}–${period.end}`;
}

const yearSpan = /^(\d{4})\s{0,3}年?\s{0,3}[-—–~～至到]{1,2}\s{0,3}(\d{4})\s{0,3}年?$/;

/** 十四五, “十四五”, 2021-2025, 2021—2025年 → the period; undefined when the text names none. */
export function parsePeriodName(text: string): Period | undefined {
  const wanted = text.trim().replace(/^[“"「『]|[”"」』]$/g, '').replace(/时期$|规划$/, '');
  const start = fiveYearPlanStarts[wanted];
  if (start) return { start, end: start + 4 };
  const span = yearSpan.exec(wanted);
  if (!span || Number(span[2]) <= Number(span[1])) return undefined;
  return { start: Number(span[1]), end: Number(span[2]) };
}

/**
 * 连云港市 十四五, 连云港市十五五, 连云港市 2026-2030 → the region part and the period; undefined
 * when the reference does not end in a period name.
 */
export function splitRegionAndPeriod(ref: string): { readonly region: string; readonly period: Period } | undefined {
  const text = ref.trim();
  const suffix = namedSuffix.exec(text) ?? yearsSuffix.exec(text);
  const period = suffix ? parsePeriodName(suffix[0]) : undefined;
  const region = suffix ? text.slice(0, suffix.index).trim() : '';
  return period && region ? { region, period } : undefined;
}

// both anchored at the end with bounded repeats, so each start position costs O(1)
const namedSuffix = /[“"]?十[一二三四五六]五[”"]?$/;
const yearsSuffix = /\d{4}\s{0,3}年?\s{0,3}[-—–~～至到]{1,2}\s{0,3}\d{4}\s{0,3}年?$/;

/**
 * A plan's base year (t0): the one it prints, else the year before its period starts (十四五 → 2020);
 * null when it prints neither.
 */
export function baseYearOrYearBeforePeriod(baseYear: number | null, periodStart: number): number;
export function baseYearOrYearBeforePeriod(baseYear: number | null, periodStart?: number | null): number | null;
export function baseYearOrYearBeforePeriod(baseYear: number | null, periodStart?: number | null): number | null {
  return baseYear ?? (periodStart == null ? null : periodStart - 1);
}

/** The years whose values a plan counts: base year (t0) to target year (tT). */
export function periodYears(period: Period, baseYear: number | null): Period {
  return { start: baseYearOrYearBeforePeriod(baseYear, period.start), end: period.end };
}
