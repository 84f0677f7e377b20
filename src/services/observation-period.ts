import { invalidInput, periodLabel, periodYears, yearRefusal, type LabelledPeriod } from '../domain/index.ts';
import { findPlansOfRegion, findRegion, type Region, type Sql } from '../storage/index.ts';
import { getPlan } from './plans.ts';

export { isForecastNote, yearRefusal } from '../domain/index.ts';

/** The periods (base year … target year) of a region's current plans, ordered. */
export async function regionPeriods(sql: Sql, regionId: number): Promise<LabelledPeriod[]> {
  const plans = (await findPlansOfRegion(sql, regionId)).filter((p) => p.state === 'current' && p.periodStart !== null && p.periodEnd !== null);
  return plans.map((p) => {
    const period = { start: p.periodStart!, end: p.periodEnd! };
    return { ...periodYears(period, p.baseYear), label: periodLabel(period) };
  });
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
