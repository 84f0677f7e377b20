import type { Indicator, PlanExtract, Value } from '../../src/domain/index.ts';
import { linkIndicatorsToCatalog } from '../../src/services/catalog.ts';
import { storePlan } from '../../src/services/import-plans.ts';
import type { Database } from '../../src/storage/index.ts';
import { readSeed } from '../storage/sample-plan.ts';
import { seedPlanIndicators } from './seed-plan-indicators.ts';

const plans = [
  { region: '连云港市', parent: null, title: '连云港市“十四五”新型城镇化规划' },
  { region: '南通市', parent: null, title: '南通市“十四五”新型城镇化规划' },
  { region: '海州区', parent: '连云港市', title: '连云港市海州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要' },
  { region: '连云港经济技术开发区', parent: '连云港市', title: '连云港经济技术开发区国民经济和社会发展第十四个五年规划纲要和二〇三五年远景目标' },
  { region: '泰州市', parent: null, title: '泰州市“十四五”新型城镇化规划' },
] as const;

const number = (raw: string): Value => ({ raw, value: Number(raw), comparator: 'eq', cumulative: false, year: null, text: null });
/** No numeric target: a made-up number would make real values look far past it (observationWarnings). */
const wording = (raw: string): Value => ({ raw, value: null, comparator: null, cumulative: false, year: null, text: raw });

/** Unit printed in the name's brackets: 常住人口城镇化率（%） → % */
const unitOf = (name: string) => /[（(]([^（()）]*)[)）]$/.exec(name)?.[1] ?? null;

/**
 * Stores the five seed plans with the indicator rows their tables print (test/catalog/seed-plan-indicators.ts)
 * through the plans side's storePlan, then links them to the catalogue, so that observation tests
 * do not depend on the state of the table extractor.
 */
export async function storeSeedPlans(db: Database): Promise<void> {
  for (const [index, plan] of plans.entries()) {
    const source = await readSeed(index);
    const rows = seedPlanIndicators[plan.region];
    const indicators: Indicator[] = rows.map(([printed], seq) => ({
      table: '主要指标', seq: seq + 1, category: null, name: printed.replace(/[（(][^（()）]*[)）]$/, ''), unit: unitOf(printed),
      attribute: 'expected', baseline: number('1'), target: wording('稳步提高'), actual: null, annualGrowth: null, line: 100 + seq,
    }));
    const extract: PlanExtract = {
      schema: 'plan-extract/1', source: { file: source.file, sha256: source.sha256, chars: 1 },
      plan: { title: plan.title, region: plan.region, regionLevel: null, parentRegion: plan.parent, planKind: 'other', period: { start: 2021, end: 2025 }, baseYear: 2020, visionYear: 2035, issuer: null, docNumber: null, issuedDate: null },
      outline: [], tables: [{ caption: '主要指标', kind: 'targets', line: 99, rows: rows.length }], indicators, textTargets: [], boxes: [], issues: [],
    };
    await db.transaction((tx) => storePlan(tx, source, extract, { by: 'test' }));
  }
  await linkIndicatorsToCatalog(db);
}
