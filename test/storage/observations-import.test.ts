import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importObservationsFile, importProblemsError } from '../../src/services/import-observations.ts';
import { listObservations, observationHistory } from '../../src/services/observations.ts';
import { contractTest, tableCounts } from './backends.ts';
import { storeSeedPlans } from '../catalog/seed-plans.ts';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'observations', name);
const examples = join(import.meta.dirname, '..', '..', 'examples', 'data', 'observations.csv');
const by = '统计局';

contractTest('a file with problems imports nothing and reports each row, column and reason', async (db) => {
  await storeSeedPlans(db);
  const result = await importObservationsFile(db, fixture('bad.csv'), { by });
  assert.equal(result.committed, false);
  assert.deepEqual(result.problems.map((p) => [p.row, p.column]), [
    [3, 'region'], [4, 'value'], [5, 'unit'], [6, 'value'], [8, 'year'], [11, 'indicator'], [12, 'year'],
  ]);
  const reasons = Object.fromEntries(result.problems.map((p) => [p.row, p.reason]));
  assert.match(reasons[3], /未知地区 "连云港海州区"：相近的地区：连云港市海州区/);
  assert.match(reasons[4], /“七十八”不是数字/);
  assert.match(reasons[5], /单位 "亿美元" 无法换算为指标 地区生产总值 的单位 "亿元"/);
  assert.match(reasons[6], /0–100 之间，收到 163.08/);
  assert.match(reasons[8], /与第 7 行重复/);
  assert.match(reasons[11], /与第 10 行是同一指标（地表水达到或好于Ⅲ类水体比例）同一年份但数值不同/);
  assert.match(reasons[12], /不是年份/);
  assert.equal((await tableCounts(db, ['observations']))['observations'], 0);
});

contractTest('--skip-invalid stores the readable rows (a negative growth rate among them) and counts the skipped', async (db) => {
  await storeSeedPlans(db);
  const result = await importObservationsFile(db, fixture('bad.csv'), { by, skipInvalid: true });
  assert.equal(result.committed, true);
  assert.equal(result.skipped, 7);
  assert.equal(result.created, 4);
  const growth = await listObservations(db, { region: '连云港市', indicator: '实际利用外资增长' });
  assert.deepEqual(growth.map((o) => [o.year, o.value, o.note]), [[2023, -61.5, '预计']]);
});

contractTest('a GB18030 file reads like UTF-8, converts 人 to 万人 and resolves 连云港市海州区', async (db) => {
  await storeSeedPlans(db);
  const gb = await importObservationsFile(db, fixture('good-gb18030.csv'), { by });
  assert.deepEqual([gb.created, gb.problems], [3, []]);
  // the same rows in UTF-8 decode to the very same values and sources: nothing changes
  const utf8 = await importObservationsFile(db, fixture('good.csv'), { by });
  assert.deepEqual([utf8.created, utf8.revised, utf8.unchanged, utf8.problems], [0, 0, 3, []]);
  const taizhou = await listObservations(db, { region: '泰州市', indicator: '常住人口' });
  assert.deepEqual(taizhou.map((o) => [o.value, o.unit, o.quote]), [[451.2762, '万人', '全市常住人口為4512762人']]);
  const [history] = await observationHistory(db, { region: '海州区', indicator: '地区生产总值' });
  assert.equal(history.current.region, '连云港市海州区');
  assert.equal(history.current.version, 1);
  assert.equal(history.current.sourceTitle, '海州区概况');
});

contractTest('an xlsx with the same columns imports the same way', async (db) => {
  await storeSeedPlans(db);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('观测数据');
  sheet.addRow(['region', 'indicator', 'year', 'value', 'unit', 'note']);
  sheet.addRow(['南通市', '常住人口城镇化率', 2022, 71.79, '%', null]);
  sheet.addRow(['南通市', '城市空气质量优良天数比率', 2023, '<90', '%', '预计']);
  const path = join(mkdtempSync(join(tmpdir(), 'plantrack-obs-')), 'values.xlsx');
  await workbook.xlsx.writeFile(path);
  const result = await importObservationsFile(db, path, { by });
  assert.deepEqual([result.committed, result.created, result.problems], [true, 2, []]);
  const air = await listObservations(db, { region: '南通市', indicator: '空气质量优良天数比例' });
  assert.deepEqual(air.map((o) => [o.catalogId, o.value, o.comparator]), [['air-quality-days', 90, 'lt']]);
});

contractTest('examples/data/observations.csv loads against the five seed plans', async (db) => {
  await storeSeedPlans(db);
  const unconfirmed = await importObservationsFile(db, examples, { by });
  // a published value that doubles in a year (a change of statistical scope) must be confirmed
  assert.deepEqual(unconfirmed.problems.map((p) => [p.row, p.column]), [[26, 'value']]);
  assert.match(unconfirmed.problems[0].reason, /^需确认：规模以上工业总产值 由 2020 年的 2833 亿元 变为 5569 亿元.*--confirm/);
  assert.equal(unconfirmed.committed, false);
  const result = await importObservationsFile(db, examples, { by, confirm: true });
  assert.deepEqual(result.problems, []);
  // 61 rows: two 预计/final pairs (泰州 2020) and one value printed under two names (连云港 地表水 2023) become revisions
  assert.deepEqual([result.created, result.revised], [58, 3]);
  const unplanned = result.unplanned.map((u) => `${u.region} ${u.indicator}`).sort();
  assert.equal(unplanned.length, 29);
  assert.ok(unplanned.includes('连云港市 地区生产总值'));
  assert.ok(unplanned.includes('连云港市海州区 常住人口'));
  assert.ok(unplanned.includes('连云港经济技术开发区 常住人口'));
  assert.ok(!unplanned.includes('连云港市 常住人口城镇化率'));
  assert.ok(!unplanned.includes('连云港市海州区 地区生产总值'));
  assert.deepEqual(result.unplanned.filter((u) => u.catalogName === null), [], 'every name of the file is in the catalogue');
  const taizhou = await observationHistory(db, { region: '泰州市', indicator: '地区生产总值', year: 2020 });
  assert.deepEqual([taizhou[0].current.value, taizhou[0].revisions.map((r) => [r.value, r.note])], [5297.77, [[5312, '预计']]]);
});

contractTest('a large file loads in batches inside one transaction: a bad last row stores nothing, the good file every row with its audit line', async (db) => {
  await storeSeedPlans(db);
  const names = Array.from({ length: 450 }, (_, k) => `批量指标${k}`);
  const lines = names.flatMap((name, k) => [2020, 2021, 2022, 2023, 2024, 2025].map((year) => `连云港市,${name},${year},${(50 + k / 10 + (year - 2020) / 10).toFixed(1)}`));
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-bulk-'));
  const write = (last: string) => {
    writeFileSync(join(dir, 'bulk.csv'), ['region,indicator,year,value', ...lines.slice(0, -1), last].join('\n'));
    return join(dir, 'bulk.csv');
  };
  const bad = await importObservationsFile(db, write('连云港市,批量指标449,2025,约五十'), { by });
  assert.equal(bad.committed, false);
  assert.deepEqual(bad.problems.map((p) => [p.row, p.column]), [[lines.length + 1, 'value']]);
  assert.match(importProblemsError(bad).message, new RegExp(`第 ${lines.length + 1} 行 value：“约五十”不是数字`));
  assert.equal((await tableCounts(db, ['observations']))['observations'], 0);
  const seen: string[] = [];
  const good = await importObservationsFile(db, write(lines.at(-1)!), { by, onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`) });
  assert.deepEqual([good.committed, good.created, good.problems], [true, lines.length, []]);
  assert.ok(seen.includes(`check ${lines.length}/${lines.length}`) && seen.includes(`write ${lines.length}/${lines.length}`), seen.join(', '));
  const [{ audited }] = await db.query<{ audited: number }>(`SELECT count(*)::int AS audited FROM audit_log WHERE entity = 'observation' AND action = 'observe'`);
  assert.equal(audited, lines.length);
  const series = await listObservations(db, { region: '连云港市', indicator: '批量指标449' });
  assert.deepEqual(series.map((o) => [o.year, o.value, o.version]), [[2020, 94.9, 1], [2021, 95, 1], [2022, 95.1, 1], [2023, 95.2, 1], [2024, 95.3, 1], [2025, 95.4, 1]]);
  const [{ stale }] = await db.query<{ stale: number }>(
    `SELECT count(*)::int AS stale FROM plan_summaries s JOIN plans p ON p.id = s.plan_id JOIN regions r ON r.id = p.region_id
      WHERE r.full_name = '连云港市' AND s.stale IS NOT NULL`,
  );
  assert.equal(stale, 0, "the region's plans were refreshed right after the commit");
});
