import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../../src/storage/index.ts';
import { createTestDatabase } from '../support/system.ts';
import { AppError } from '../../src/domain/index.ts';
import { recordObservation } from '../../src/services/record-observation.ts';
import { latestObservations, listObservations, observationHistory } from '../../src/services/observations.ts';
import { listCatalog, updateCatalogEntry } from '../../src/services/catalog.ts';
import { contractTest } from './backends.ts';
import { storeSeedPlans } from '../catalog/seed-plans.ts';

const base = { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, unit: '%', by: '统计局张三' };

contractTest('the shipped catalogue is seeded on migrate and plan rows link to it', async (db) => {
  assert.ok((await listCatalog(db)).some((e) => e.id === 'urbanization-rate'));
  await storeSeedPlans(db);
  const rows = await db.query<{ name: string; catalogId: string | null }>(`SELECT name, catalog_id AS "catalogId" FROM indicators`);
  assert.ok(rows.length > 100);
  assert.deepEqual(rows.filter((r) => r.catalogId === null).map((r) => r.name), []);
});

contractTest('a second value for the same region, indicator and year is a revision', async (db) => {
  await storeSeedPlans(db);
  const first = await recordObservation(db, { ...base, value: 63.1, note: '预计', sourceTitle: '计划执行报告' });
  assert.equal(first.observation.version, 1);
  assert.equal(first.unplanned, false);
  const second = await recordObservation(db, { ...base, value: 63.08, sourceTitle: '统计公报', by: '统计局李四', expectedVersion: 1 });
  assert.equal(second.observation.version, 2);
  assert.equal(second.previous?.value, 63.1);
  const [history] = await observationHistory(db, { region: '连云港市', indicator: '常住人口城镇化率（%）' });
  assert.equal(history.current.value, 63.08);
  assert.equal(history.current.enteredBy, '统计局李四');
  assert.deepEqual(history.revisions.map((r) => [r.value, r.note, r.sourceTitle, r.enteredBy, r.replacedBy]), [[63.1, '预计', '计划执行报告', '统计局张三', '统计局李四']]);
  const audit = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'observation' ORDER BY id`);
  assert.deepEqual(audit.map((a) => a.action), ['observe', 'revise']);
});

contractTest('a write carrying a stale version is refused naming the current value', async (db) => {
  await storeSeedPlans(db);
  await recordObservation(db, { ...base, value: 63.08 });
  await recordObservation(db, { ...base, value: 63.2, expectedVersion: 1, by: '甲' });
  await assert.rejects(recordObservation(db, { ...base, value: 64, expectedVersion: 1, by: '乙' }), (error: AppError) => {
    assert.equal(error.code, 'conflict');
    assert.match(error.message, /当前值为 63\.2（版本 2，甲/);
    return true;
  });
  await assert.rejects(recordObservation(db, { ...base, year: 2023, value: 64, expectedVersion: 3 }), { code: 'conflict' });
  assert.equal((await listObservations(db, { region: '连云港市', year: 2022 }))[0].value, 63.2);
});

contractTest('a revision that does not name the version it replaces is refused, saying the value and version there', async (db) => {
  await storeSeedPlans(db);
  await recordObservation(db, { ...base, year: 2023, value: 64.2, by: '甲' });
  await assert.rejects(recordObservation(db, { ...base, year: 2023, value: 65, by: '乙' }), (error: AppError) => {
    assert.equal(error.code, 'conflict');
    assert.match(error.message, /2023 年已有值 64\.2（版本 1，甲 于 .*）：修订时请给出所替换的版本（命令行 --expected-version 1/);
    assert.deepEqual(error.details, { reason: 'version-required', current: { value: 64.2, milestone: null, version: 1, enteredBy: '甲' } });
    return true;
  });
  await assert.rejects(recordObservation(db, { ...base, year: 2023, value: 65, by: '乙', expectedVersion: 0 }), { code: 'conflict' });
  const revised = await recordObservation(db, { ...base, year: 2023, value: 65, by: '乙', expectedVersion: 1 });
  assert.deepEqual([revised.observation.version, revised.previous?.value], [2, 64.2]);
  const [history] = await observationHistory(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2023 });
  assert.deepEqual([history.current.value, history.revisions.map((r) => [r.value, r.version, r.replacedBy])], [65, [[64.2, 1, '乙']]]);
});

contractTest('an unusual value is stored only once confirmed; a value out of range never', async (db) => {
  await storeSeedPlans(db);
  const gdp = { ...base, region: '海州区', indicator: '地区生产总值', unit: '亿元' };
  await recordObservation(db, { ...gdp, year: 2021, value: 727.83 });
  await assert.rejects(recordObservation(db, { ...gdp, year: 2022, value: 99999 }), (error: AppError) => {
    assert.equal(error.code, 'unconfirmed');
    assert.match(error.message, /2021 年的 727\.83 亿元 变为 99999 亿元.*--confirm/);
    assert.equal((error.details as { warnings: unknown[] }).warnings.length, 1);
    return true;
  });
  assert.deepEqual(await listObservations(db, { region: '海州区', indicator: '地区生产总值', year: 2022 }), []);
  const confirmed = await recordObservation(db, { ...gdp, year: 2022, value: 99999, confirm: true });
  assert.equal(confirmed.warnings[0].code, 'jump');
  await assert.rejects(recordObservation(db, { ...base, indicator: '人均预期寿命', unit: '岁', value: -5, confirm: true }), { code: 'invalid-input' });
  await assert.rejects(recordObservation(db, { ...base, year: 2030, value: 64, forecast: true }), /2030 年不在 连云港市 任何规划的期限内/);
  const growth = await recordObservation(db, { ...base, indicator: '地区生产总值增长', unit: '%', value: -1.5 });
  assert.equal(growth.observation.value, -1.5);
});

contractTest('concurrent writers with the same expected version: one wins, the others get a conflict, nothing is lost', async (db) => {
  await storeSeedPlans(db);
  await recordObservation(db, { ...base, value: 60 });
  const writers = Array.from({ length: 8 }, (_, i) => recordObservation(db, { ...base, value: 61 + i, expectedVersion: 1, by: `writer${i}` }));
  const results = await Promise.allSettled(writers);
  const won = results.filter((r) => r.status === 'fulfilled');
  assert.equal(won.length, 1);
  for (const r of results) if (r.status === 'rejected') assert.equal((r.reason as AppError).code, 'conflict');
  const unversioned = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => recordObservation(db, { ...base, value: 70 + i, by: `late${i}` })));
  for (const r of unversioned) assert.equal(r.status === 'rejected' && (r.reason as AppError).code, 'conflict');
  for (let i = 0; i < 5; i += 1) await recordObservation(db, { ...base, value: 70 + i, by: `late${i}`, expectedVersion: 2 + i });
  const [history] = await observationHistory(db, { region: '连云港市', indicator: '常住人口城镇化率' });
  assert.equal(history.current.version, 7);
  assert.equal(history.revisions.length, 6);
  const all = [history.current.value, ...history.revisions.map((r) => r.value)].sort();
  assert.deepEqual(all, [60, (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof recordObservation>>>).value.observation.value, 70, 71, 72, 73, 74].sort());
});

contractTest('units convert by scale, shares stay within 0–100, unknown regions are named with suggestions', async (db) => {
  await storeSeedPlans(db);
  const people = await recordObservation(db, { ...base, indicator: '常住人口', year: 2020, value: 4512762, unit: '人' });
  assert.equal(people.observation.value, 451.2762);
  assert.equal(people.observation.unit, '万人');
  assert.equal(people.unplanned, true);
  await assert.rejects(recordObservation(db, { ...base, indicator: '地区生产总值', value: 4005, unit: '亿美元' }), /单位 "亿美元" 无法换算/);
  await assert.rejects(recordObservation(db, { ...base, value: 163.08 }), /0–100/);
  const childcare = await recordObservation(db, { ...base, region: '海州区', indicator: '每千人拥有0-3岁婴幼儿托育数', value: 1.8, unit: '人' });
  assert.deepEqual([childcare.catalogId, childcare.observation.value, childcare.observation.unit], ['childcare-places', 1.8, '人']);
  await assert.rejects(recordObservation(db, { ...base, region: '连云港海州区', value: 63 }), (error: AppError) => {
    assert.equal(error.code, 'not-found');
    assert.match(error.message, /未知地区 "连云港海州区"：相近的地区：连云港市海州区/);
    return true;
  });
  const haizhou = await recordObservation(db, { ...base, region: '连云港市海州区', indicator: '地区生产总值', value: 727.83, unit: '亿元' });
  assert.equal(haizhou.unplanned, false);
  const latest = await latestObservations(db, haizhou.observation.regionId, ['gdp', 'pm25']);
  assert.deepEqual([...latest.keys()], ['gdp']);
  assert.equal(latest.get('gdp')?.raw, '727.83');
});

contractTest('catalogue edits are audited and new synonyms link plan rows', async (db) => {
  await storeSeedPlans(db);
  const edited = await updateCatalogEntry(db, 'gdp', { direction: 1, synonyms: ['GDP', '经济总量'], department: '统计局综合处' }, '管理员');
  assert.equal(edited.department, '统计局综合处');
  const [audit] = await db.query<{ old: { department: string }; new: { synonyms: string[] } }>(`SELECT old_value AS old, new_value AS new FROM audit_log WHERE entity = 'catalog_entry'`);
  assert.equal(audit.old.department, '统计局');
  assert.deepEqual(audit.new.synonyms, ['GDP', '经济总量']);
  const observed = await recordObservation(db, { ...base, indicator: '经济总量', value: 4005, unit: '亿元' });
  assert.equal(observed.catalogId, 'gdp');
  await assert.rejects(updateCatalogEntry(db, 'no-such', { unit: 'x' }, '管理员'), { code: 'not-found' });
});

test('PostgreSQL: two connections revising the same observation — the second gets the conflict, no update is lost', async (t) => {
  const url = await createTestDatabase(t);
  if (!url) return;
  const first = await openDatabase({ url });
  const second = await openDatabase({ url });
  try {
    await storeSeedPlans(first);
    await recordObservation(first, { ...base, value: 63.08 });
    const results = await Promise.allSettled([
      recordObservation(first, { ...base, value: 63.5, expectedVersion: 1, by: '连接一' }),
      recordObservation(second, { ...base, value: 64, expectedVersion: 1, by: '连接二' }),
    ]);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(rejected.length, 1);
    const winner = results.find((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof recordObservation>>> => r.status === 'fulfilled')!.value;
    assert.equal(rejected[0].reason.code, 'conflict');
    assert.match(rejected[0].reason.message, new RegExp(`当前值为 ${winner.observation.value}（版本 2，${winner.observation.enteredBy}`));
    const [history] = await observationHistory(second, { region: '连云港市', indicator: '常住人口城镇化率' });
    assert.deepEqual([history.current.value, history.revisions.map((r) => r.value)], [winner.observation.value, [63.08]]);
  } finally {
    await first.close();
    await second.close();
  }
});
