import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importPlans, searchPlans } from '../../src/services/index.ts';
import { contractTest } from '../storage/backends.ts';

const plansDir = join(import.meta.dirname, '..', '..', 'examples', 'plans');
const seeds = readdirSync(plansDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(plansDir, f));

contractTest('full-text search over the five seed plans', async (db, t) => {
  await importPlans(seeds, { db, by: 'test' });

  await t.test('a domain word finds the passages of every plan that speaks of it, with chapter path and line', async () => {
    const result = await searchPlans(db, '户籍制度改革', { limit: 50 });
    assert.deepEqual(result.terms, ['户籍制度改革']);
    const regions = new Set(result.hits.map((h) => h.plan.region));
    for (const region of ['连云港市', '南通市', '泰州市']) assert.ok(regions.has(region), `no hit in ${region}`);
    const lianyungang = result.hits.find((h) => h.plan.region === '连云港市' && h.line === 236);
    assert.ok(lianyungang, 'the heading 第一节 全面深化户籍制度改革 (line 236) is found');
    assert.match(lianyungang.chapter, /^第三篇 重点任务 \/ 第一章/);
    for (const hit of result.hits) {
      assert.ok(hit.text.includes('户籍制度改革'));
      assert.ok(hit.highlighted.some((s) => s.match && s.text === '户籍制度改革'));
    }
    const scores = result.hits.map((h) => h.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'ranked by score');
  });

  await t.test('several words must all occur; a quoted phrase must occur verbatim', async () => {
    const both = await searchPlans(db, '居住证 公共服务', { limit: 100 });
    assert.ok(both.hits.length > 0);
    for (const hit of both.hits) assert.ok(hit.text.includes('居住证') && hit.text.includes('公共服务'), hit.text);
    const phrase = await searchPlans(db, '"城镇基本公共服务"', { limit: 100 });
    assert.ok(phrase.hits.length > 0);
    for (const hit of phrase.hits) assert.ok(hit.text.includes('城镇基本公共服务'));
  });

  await t.test('a part of a domain word still finds it', async () => {
    const result = await searchPlans(db, '城镇化率', { limit: 100 });
    assert.ok(result.hits.some((h) => h.kind === 'indicator' && h.text.startsWith('常住人口城镇化率')));
  });

  await t.test('filters by plan, by region with its sub-regions, and by chapter', async () => {
    const byPlan = await searchPlans(db, '产业', { plan: '泰州市', limit: 100 });
    assert.ok(byPlan.hits.length > 0 && byPlan.hits.every((h) => h.plan.region === '泰州市'));
    const byRegion = await searchPlans(db, '产业', { region: '连云港市', limit: 200 });
    const regions = new Set(byRegion.hits.map((h) => h.plan.region));
    assert.ok(regions.has('连云港市') && regions.size >= 2, `sub-regions included: ${[...regions].join(',')}`);
    assert.ok(![...regions].some((r) => r === '南通市' || r === '泰州市'));
    const byChapter = await searchPlans(db, '户籍', { chapter: '户籍制度改革', limit: 100 });
    assert.ok(byChapter.hits.length > 0 && byChapter.hits.every((h) => h.chapter.includes('户籍制度改革')));
  });

  await t.test('专栏 items are passages of their own', async () => {
    const result = await searchPlans(db, '随迁子女', { plan: '连云港市', limit: 50 });
    const item = result.hits.find((h) => h.kind === 'box-item' && h.line === 244);
    assert.ok(item, 'the 教育 item of 专栏3-1 (line 244)');
    assert.equal(item.chapter, '专栏3-1 公共服务领域重点工程');
    assert.ok(item.text.startsWith('教育：'));
    assert.equal(result.hits.filter((h) => h.line === 244).length, 1, 'not indexed twice as a paragraph');
  });

  await t.test('an empty query is refused with a message naming the field', async () => {
    await assert.rejects(searchPlans(db, '  ，。 '), (error: Error & { code?: string }) => error.code === 'invalid-input' && /检索词为空/.test(error.message));
  });
});
