import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  buildStoredPlanReport, evaluateStoredPlan, getPlanIndicators, importPlans, recordObservation, renderPlanReport, writeObservationTemplate,
} from '../../src/services/index.ts';
import { assignDepartment, listBoxItems, recordBoxProgress } from '../../src/services/responsibilities.ts';
import { contractTest } from './backends.ts';

const root = join(import.meta.dirname, '..', '..');
const haizhou = join(root, 'examples', 'plans', '002_d50b99ada46e1ee4.txt');
const lyg14 = join(root, 'examples', 'plans', '000_6672659702fb4163.txt');
const december2026 = new Date('2026-12-04T12:00:00+08:00');

contractTest('text targets are tracked like table rows; 专栏 items report their progress', async (db, t) => {
  await importPlans([haizhou, lyg14], { db, by: 'test' });

  await t.test('海州区: the text targets no table row states become rows of 文本目标, after the table', async () => {
    const { indicators } = await getPlanIndicators(db, '海州区');
    const text = indicators.filter((i) => i.table === '文本目标');
    // 地区生产总值 1000亿, 空气质量优良率、地表水…80%以上 and 居民平均预期寿命 78岁 restate table rows: left out
    assert.deepEqual(text.map((i) => [i.name, i.unit, i.target?.raw, i.line]), [
      ['一般公共预算收入', '亿元', '100亿元', 45], ['产业有效投入', '亿元', '800亿元', 45], ['网格规范化达标率', '%', '100%', 52],
    ]);
    assert.equal(text[0].tableKind, 'targets');
    const lastTableRow = indicators.filter((i) => i.table !== '文本目标').at(-1)!;
    assert.ok(text.every((i) => i.seq > lastTableRow.seq && i.id > lastTableRow.id), 'table rows keep their sequence and ids');
    // 连云港市's only text target is for 2035, outside 2021–2025
    assert.equal((await getPlanIndicators(db, '连云港市')).indicators.filter((i) => i.table === '文本目标').length, 0);
  });

  await t.test('a text target gets observations and a status; it is in the 填报表 and the report', async () => {
    const value = { region: '海州区', indicator: '一般公共预算收入', by: 'test' };
    await recordObservation(db, { ...value, year: 2021, value: 60.2 }, december2026);
    await recordObservation(db, { ...value, year: 2023, value: 72.5 }, december2026);
    const { evaluation } = await evaluateStoredPlan(db, '海州区', { asOf: 2023 });
    const judged = evaluation.indicators.find((i) => i.name === '一般公共预算收入')!;
    // no printed baseline: the 2021 value serves as B; completion (72.5 − 60.2)/(100 − 60.2) = 0.309
    assert.equal(judged.latest?.value, 72.5);
    assert.equal(judged.completion, 0.309);
    assert.notEqual(judged.status, 'no-data');
    const written = await writeObservationTemplate(db, '海州区', join(mkdtempSync(join(tmpdir(), 'plantrack-text-')), '海州区.xlsx'));
    assert.equal(written.rows, 32 + 3, 'the 32 table rows and the 3 text targets');
    const report = await buildStoredPlanReport(db, '海州区', { asOf: 2023, now: december2026 });
    assert.ok(report.indicators.some((r) => r.name === '一般公共预算收入'));
  });

  await t.test('专栏 items: 牵头单位, latest milestone, date and evidence make the progress table', async () => {
    const items = await listBoxItems(db, '连云港市');
    const item = items[0];
    await assignDepartment(db, { plan: '连云港市', kind: 'box-item', itemId: item.id, department: '市教育局', by: 'test' });
    await recordBoxProgress(db, { plan: '连云港市', itemId: item.id, milestone: '开工', date: '2023-03-01', by: 'test' });
    await recordBoxProgress(db, { plan: '连云港市', itemId: item.id, milestone: '在建', date: '2024-05-20', evidenceUrl: 'https://example.org/jy', by: 'test' });
    const report = await buildStoredPlanReport(db, '连云港市', { asOf: 2024, now: december2026 });
    const box = report.boxes[0];
    assert.equal(box.title, '专栏3-1 公共服务领域重点工程');
    assert.deepEqual(box.rows[0], { item: item.title ?? item.text.slice(0, 24), department: '市教育局', status: '在建', date: '2024-05-20', evidence: 'https://example.org/jy', line: item.line });
    assert.equal(box.rows[1].status, '未填报');
    const markdown = (await renderPlanReport(report, 'md')).toString('utf8');
    assert.match(markdown, /\| 项目 \| 牵头单位 \| 进展 \| 日期 \| 佐证 \|/);
    assert.match(markdown, /\| 市教育局 \| 在建 \| 2024-05-20 \| https:\/\/example\.org\/jy \|/);
  });
});
