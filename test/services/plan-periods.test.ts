import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  comparePlanCascade, getPlanIndicators, importObservationsFile, importPlans, observationRegion, planSuccession, recordObservation, resolvePlan,
} from '../../src/services/index.ts';
import { contractTest } from '../storage/backends.ts';

const root = join(import.meta.dirname, '..', '..');
const seed = (n: string) => join(root, 'examples', 'plans', n);
const fixture = (n: string) => join(root, 'test', 'fixtures', 'periods', n);
const lyg14 = seed('000_6672659702fb4163.txt');
const haizhou = seed('002_d50b99ada46e1ee4.txt');
const lyg15 = fixture('dev-lyg-urbanization-2026-2030.txt');
const outline14 = fixture('dev-lyg-outline-2021-2025.txt');
const outline15 = fixture('dev-lyg-outline-2026-2030.txt');

/** December 2026: the 十四五 is over, the 十五五 has started. */
const december2026 = new Date('2026-12-04T12:00:00+08:00');
const refusedFor = (field: string, pattern: RegExp) => (e: Error & { code?: string; details?: { field?: string } }) =>
  e.code === 'invalid-input' && e.details?.field === field && pattern.test(e.message);

contractTest('a region with a 十四五 and a 十五五 plan: names, observations, succession', async (db, t) => {
  const imported = await importPlans([lyg14, lyg15], { db, by: 'test' });
  const [id14, id15] = imported.map((r) => r.planId!);

  await t.test('a plan is named by region + period, in any common spelling', async () => {
    for (const ref of ['连云港市 十四五', '连云港市 2021-2025', '连云港市 2021—2025', '连云港市“十四五”']) {
      assert.equal((await resolvePlan(db, ref, december2026)).plan.id, id14, ref);
    }
    for (const ref of ['连云港市 十五五', '连云港市 2026-2030', '连云港市十五五', '000_6672659702fb4163']) {
      assert.equal((await resolvePlan(db, ref, december2026)).plan.id, ref.startsWith('000') ? id14 : id15, ref);
    }
    await assert.rejects(resolvePlan(db, '连云港市 十三五', december2026), /连云港市 没有十三五（2016–2020）规划/);
  });

  await t.test('a bare region is its current plan, and the choice is said', async () => {
    const now = await resolvePlan(db, '连云港市', december2026);
    assert.equal(now.plan.id, id15);
    assert.match(now.note!, /取当前规划 #\d+ 连云港市“十五五”新型城镇化规划（十五五）；其他规划可用 “连云港市 十四五”/);
    assert.equal((await resolvePlan(db, '连云港市', new Date('2024-06-01T12:00:00+08:00'))).plan.id, id14);
    // after every period: the latest
    assert.equal((await resolvePlan(db, '连云港市', new Date('2033-01-01T12:00:00+08:00'))).plan.id, id15);
  });

  await t.test('values are entered per region; years no plan counts, or still to come, are refused', async () => {
    assert.equal(await observationRegion(db, '连云港市', december2026), '连云港市');
    const value = { region: '连云港市', indicator: '常住人口城镇化率', by: 'test' };
    await assert.rejects(recordObservation(db, { ...value, year: 2031, value: 73 }, december2026), refusedFor('year', /2031 年不在 连云港市 任何规划的期限内（基期至目标年：十四五 2020–2025、十五五 2025–2030）/));
    await assert.rejects(recordObservation(db, { ...value, year: 2019, value: 59 }, december2026), refusedFor('year', /2019 年不在/));
    await assert.rejects(recordObservation(db, { ...value, year: 2027, value: 68 }, december2026), refusedFor('year', /2027 年尚未到来（当前为 2026 年）.*--forecast/));
    const forecast = await recordObservation(db, { ...value, year: 2027, value: 68, forecast: true }, december2026);
    assert.equal(forecast.observation.note, '预计');
    const noted = await recordObservation(db, { ...value, year: 2028, value: 69, note: '预计' }, december2026);
    assert.equal(noted.observation.year, 2028);
    await recordObservation(db, { ...value, year: 2025, value: 66.8 }, december2026);
    await recordObservation(db, { ...value, indicator: '人均预期寿命', year: 2025, value: 78.6 }, december2026);
    await recordObservation(db, { ...value, year: 2026, value: 67.4 }, december2026);
  });

  await t.test('an observations file with a year outside every period stores nothing and names the row', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plantrack-periods-')), 'obs.csv');
    writeFileSync(file, 'region,indicator,year,value,note\n连云港市,林木覆盖率,2024,27.1,\n连云港市,林木覆盖率,2031,28,\n连云港市,林木覆盖率,2027,27.5,预计\n');
    const report = await importObservationsFile(db, file, { by: 'test', today: december2026 });
    assert.equal(report.committed, false);
    assert.deepEqual(report.problems.map((p) => [p.row, p.column]), [[3, 'year']]);
    assert.match(report.problems[0].reason, /2031 年不在 连云港市 任何规划的期限内/);
  });

  await t.test('each plan shows the latest value of its own years only', async () => {
    const rate = (rows: Awaited<ReturnType<typeof getPlanIndicators>>['indicators']) => rows.find((r) => r.name === '常住人口城镇化率')!.latest;
    assert.deepEqual([rate((await getPlanIndicators(db, String(id14))).indicators)?.year, rate((await getPlanIndicators(db, String(id14))).indicators)?.value], [2025, 66.8]);
    // 2027 and 2028 are forecasts, but they are the 十五五's years
    assert.equal(rate((await getPlanIndicators(db, String(id15))).indicators)?.year, 2028);
  });

  await t.test('succession: 8 carried, 4 new, 12 dropped; the 十五五 baseline beside the 十四五 final value', async () => {
    const s = await planSuccession(db, '连云港市 十五五', december2026);
    assert.equal(s.previous?.earlier.id, id14);
    assert.equal(s.next, null);
    const link = s.previous!;
    assert.deepEqual([link.carried.length, link.added.length, link.dropped.length], [8, 4, 12]);
    assert.deepEqual(link.added.map((r) => r.later!.name), ['城乡居民人均可支配收入比', '城镇新增就业人数', '城镇常住人口', '城市生活垃圾资源化利用率']);
    assert.ok(link.dropped.some((r) => r.earlier!.name === '法治建设满意度'));
    const rate = link.carried.find((r) => r.later!.name === '常住人口城镇化率')!;
    assert.deepEqual([rate.earlier!.target?.raw, rate.earlierFinal?.value, rate.later!.baseline?.value], ['70', 66.8, 66.5]);
    assert.equal(rate.note, '十五五基期值 66.5 与十四五期末（2025 年）监测值 66.8 不一致（相差 -0.3）：请核对口径或数据修订');
    const life = link.carried.find((r) => r.later!.name === '人均预期寿命')!;
    assert.equal(life.note, null, '78.6 printed and 78.6 observed agree');
    const air = link.carried.find((r) => r.later!.name === '空气质量优良天数比例')!;
    assert.match(air.note!, /十四五期末（2025 年）尚无监测值/);
    const back = await planSuccession(db, '连云港市 十四五', december2026);
    assert.equal(back.next?.later.id, id15);
  });
});

contractTest('cascade compares like with like: same period and kind, totals not by size', async (db, t) => {
  await importPlans([lyg14, haizhou, outline15], { db, by: 'test' });

  await t.test('without a 十四五 纲要 of 连云港市, the 十四五 plan of another kind is used and named', async () => {
    const cascade = await comparePlanCascade(db, '海州区');
    assert.equal(cascade.parent.title, '连云港市“十四五”新型城镇化规划');
    assert.match(cascade.parentNote!, /上级地区没有十四五规划纲要，使用同期的 #1 连云港市“十四五”新型城镇化规划（十四五）/);
  });

  await t.test('with the city 十四五 纲要: it is the parent; GDP and 粮食 are totals, not weaker', async () => {
    await importPlans([outline14], { db, by: 'test' });
    const cascade = await comparePlanCascade(db, '海州区');
    assert.equal(cascade.parent.title, '连云港市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    assert.equal(cascade.parentNote, null);
    const byName = new Map(cascade.shared.map((s) => [s.name, s]));
    for (const total of ['地区生产总值', '粮食综合生产能力']) {
      const row = byName.get(total)!;
      assert.deepEqual([row.total, row.weaker, row.note], [true, false, '总量，不比较'], total);
    }
    // shares, rates and per-capita quantities are compared by value
    assert.deepEqual([byName.get('人均预期寿命')!.weaker, byName.get('空气质量优良天数比例')!.weaker], [true, true], '78 < 78.5, ≥80 < ≥82');
    assert.deepEqual([byName.get('研发经费支出占地区生产总值比重')!.weaker, byName.get('每千人执业（助理）医师数')!.weaker], [false, false], '3.45 ≥ 2.8, 5 ≥ 3.2');
  });
});
