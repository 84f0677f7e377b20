import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { buildStoredPlanReport, importPlans, locateDatabase, openDatabase, recordObservation } from '../../src/services/index.ts';
import { createTestDatabase } from '../support/system.ts';

const root = resolve(import.meta.dirname, '..', '..');
const plan = resolve(root, 'examples/plans/000_6672659702fb4163.txt');

test('the report of a stored plan uses its region\'s stored observations and their sources', async (t) => {
  const url = await createTestDatabase(t);
  if (!url) return;
  const db = await openDatabase(locateDatabase({ env: { PLANTRACK_DATABASE_URL: url }, cwd: root }));
  t.after(() => db.close());
  await importPlans([plan], { db, by: 'test' });
  const source = { sourceTitle: '2022年连云港市国民经济和社会发展统计公报', sourceUrl: 'https://example.org/2022', quote: '城镇化率达到63.08%', by: 'test' };
  await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2021, value: 62.38, ...source, quote: null });
  await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 63.08, ...source });

  const report = await buildStoredPlanReport(db, '连云港市', { asOf: 2022, now: new Date('2026-11-22T02:00:00Z') });
  assert.equal(report.cover.title, '《连云港市“十四五”新型城镇化规划》中期评估报告');
  assert.equal(report.summary.total, 20);
  const row = report.indicators.find((r) => r.name === '常住人口城镇化率');
  assert.deepEqual(row && [row.latest, row.label], ['63.08（2022年）', '相对滞后']);
  assert.equal(report.gaps.find((g) => g.name === '常住人口城镇化率')?.neededPace, '剩余3年需年均提高2.31个百分点');
  assert.equal(report.boxes[0]?.title, '专栏3-1 公共服务领域重点工程');
  assert.ok(report.boxes[0].items.some((i) => i.startsWith('教育')), report.boxes[0].items[0]);
  const sources = report.appendix.sources.filter((s) => s.indicator === '常住人口城镇化率');
  assert.deepEqual(sources.map((s) => [s.what, s.title, s.quote]), [
    ['规划目标', '规划文本 表2-1  “十四五”时期新型城镇化发展主要指标，第101行', null],
    ['2021年监测值', source.sourceTitle, null],
    ['2022年监测值', source.sourceTitle, '城镇化率达到63.08%'],
  ]);
});
