import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareIndicator, comparePlanCascade, compareTopics, importPlans, recordObservation, topicsByName } from '../../src/services/index.ts';
import { refreshSummaries } from '../../src/services/overview-summaries.ts';
import { contractTest } from '../storage/backends.ts';

const plansDir = join(import.meta.dirname, '..', '..', 'examples', 'plans');
const seeds = readdirSync(plansDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(plansDir, f));

contractTest('comparison across plans: indicators, cascade and topics', async (db, t) => {
  await importPlans(seeds, { db, by: 'test' });

  await t.test('常住人口城镇化率 across every plan that sets it, with printed targets', async () => {
    const comparison = await compareIndicator(db, '常住人口城镇化率');
    assert.equal(comparison.entry?.name, '常住人口城镇化率');
    const byRegion = new Map(comparison.rows.map((r) => [r.region, r]));
    assert.equal(byRegion.get('连云港市')?.target?.raw, '70');
    assert.equal(byRegion.get('连云港市')?.baseline?.value, 61.52);
    assert.equal(byRegion.get('南通市')?.target?.raw, '>74');
    assert.equal(byRegion.get('泰州市')?.target?.raw, '≥73');
    assert.ok(byRegion.has('连云港市海州区'));
    for (const row of comparison.rows) assert.ok(row.line > 0 && row.status !== null);
  });

  await t.test('statuses are read from the stored evaluations, the same as judging every plan now', async () => {
    await recordObservation(db, { region: '连云港市', indicator: '常住人口城镇化率', year: 2022, value: 64, by: 'test' });
    await refreshSummaries(db);
    const stored = await compareIndicator(db, '常住人口城镇化率');
    await db.query('UPDATE plan_summaries SET stale = 1'); // every refresh due: each plan is judged on the read
    const judgedNow = await compareIndicator(db, '常住人口城镇化率');
    await db.query('UPDATE plan_summaries SET stale = NULL');
    assert.deepEqual(stored, judgedNow);
    assert.ok(stored.rows.some((r) => r.region === '连云港市' && r.latest?.value === 64));
  });

  await t.test('a synonym finds the same rows, and says how it matched', async () => {
    const comparison = await compareIndicator(db, '空气质量优良天数比率');
    assert.equal(comparison.entry?.name !== undefined, true);
    assert.ok(comparison.rows.length >= 2);
    assert.ok(comparison.rows.some((r) => r.printedName.includes('空气质量优良天数比例')));
  });

  await t.test('an indicator no plan has is a not-found error', async () => {
    await assert.rejects(compareIndicator(db, '火星移民人数'), (e: Error & { code?: string }) => e.code === 'not-found');
  });

  await t.test('海州区 against 连云港市: shared indicators, weaker targets, missing ones, 专栏 topics', async () => {
    const cascade = await comparePlanCascade(db, '海州区');
    assert.equal(cascade.parent.region, '连云港市');
    const rate = cascade.shared.find((s) => s.name === '常住人口城镇化率');
    assert.ok(rate && !rate.weaker, 'a 92% target is not weaker than 70%');
    const air = cascade.shared.find((s) => s.parentName.includes('空气质量优良天数'));
    assert.ok(air?.weaker, '≥80 is weaker than the city’s ≥82');
    assert.ok(cascade.missing.some((m) => m.name.includes('建成区绿化覆盖率')));
    const culture = cascade.boxTopics.find((b) => b.box.includes('城市更新'));
    assert.ok(culture?.mentioned && culture.childLine !== null);
    assert.ok(cascade.boxTopics.some((b) => !b.mentioned));
  });

  await t.test('a plan whose region has no parent cannot be cascaded', async () => {
    await assert.rejects(comparePlanCascade(db, '南通市'), /没有上级地区/);
  });

  await t.test('topics: passages, share of text and quantified targets per plan', async () => {
    const topics = await compareTopics(db, topicsByName(['户籍', '城市更新']));
    assert.deepEqual(topics.topics, ['户籍', '城市更新']);
    const lyg = topics.plans.find((p) => p.region === '连云港市');
    const huji = lyg?.topics.find((x) => x.topic === '户籍');
    assert.ok(huji && huji.passages > 0 && huji.share > 0 && huji.share < 1);
    for (const plan of topics.plans) for (const topic of plan.topics) assert.ok(topic.share >= 0 && topic.share <= 1);
  });
});
