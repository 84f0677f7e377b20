import { invalidInput, periodLabel, periodYears, type Period } from '../domain/index.ts';
import { findPlansOfRegion, findRegion, type Region, type Sql } from '../storage/index.ts';
import { getPlan } from './plans.ts';

/** A value marked 预计 (or entered with --forecast) may describe a year still to come. */
export const isForecastNote = (note: string | null | undefined): boolean => Boolean(note && note.includes('预计'));

/** The periods (base year … target year) of a region's current plans, ordered. */
export async function regionPeriods(sql: Sql, regionId: number): Promise<Array<Period & { readonly label: string }>> {
  const plans = (await findPlansOfRegion(sql, regionId)).filter((p) => !p.superseded && p.periodStart !== null && p.periodEnd !== null);
  return plans.map((p) => {
    const period = { start: p.periodStart!, end: p.periodEnd! };
    return { ...periodYears(period, p.baseYear), label: periodLabel(period) };
  });
}

/**
 * Why a value for `year` cannot be taken, or null when it can: a year outside every plan's period
 * (base year … target year) of the region, or a year still to come unless the value is a forecast.
 */
export function yearRefusal(region: string, year: number, periods: readonly (Period & { label: string })[], forecast: boolean, today: Date): string | null {
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

/** Refuses (invalid-input naming the year field) a value whose year no plan of the region counts, or that lies ahead. */
export async function checkObservationYear(sql: Sql, region: Region, year: number, forecast: boolean, today: Date): Promise<void> {
  const refusal = yearRefusal(region.fullName, year, await regionPeriods(sql, region.id), forecast, today);
  if (refusal) throw invalidInput(refusal, { field: 'year', year });
}

/**
 * The region a value is entered for: a region name (连云港市, 连云港市海州区) as it is — no plan
 * needed — or the region of a plan named otherwise (an id, a file stem, 连云港市 十四五).
 */
export async function observationRegion(sql: Sql, ref: string, today: Date = new Date()): Promise<string> {
  const region = await findRegion(sql, ref);
  if (region) return region.fullName;
  const plan = await getPlan(sql, ref, today);
  if (!plan.regionFullName) throw invalidInput(`规划 #${plan.id} 没有识别出地区，无法确定数据所属地区：请直接给出地区名`, { field: 'region' });
  return plan.regionFullName;
}
