import type { Period } from './period.ts';

/** A plan's counted years (base year … target year, evaluation.md "Period") with the plan's name for them. */
export type LabelledPeriod = Period & { readonly label: string };

/** A value marked 预计 (or entered as a forecast) may describe a year still to come. */
export const isForecastNote = (note: string | null | undefined): boolean => Boolean(note && note.includes('预计'));

/**
 * Why a value for `year` cannot be taken, or null when it can: a year outside every plan's period
 * (base year t0 … target year tT) of the region, or a year still to come unless the value is a forecast.
 * A region without plans takes any past year.
 */
export function yearRefusal(region: string, year: number, periods: readonly LabelledPeriod[], forecast: boolean, today: Date): string | null {
  if (periods.length && !periods.some((p) => p.start <= year && year <= p.end)) {
    const spans = periods.map((p) => `${p.label} ${p.start}–${p.end}`).join('、');
    return `${year} 年不在 ${region} 任何规划的期限内（基期至目标年：${spans}）：请检查年份，或先导入覆盖该年份的规划`;
  }
  const thisYear = today.getFullYear();
  if (year > thisYear && !forecast) {
    return `${year} 年尚未到来（当前为 ${thisYear} 年）：将来年份只能填报预计值，请加 --forecast 或在备注中写“预计”`;
  }
  return null;
}
