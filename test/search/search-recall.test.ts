import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importPlans, searchPlans } from '../../src/services/index.ts';
import { contractTest } from '../storage/backends.ts';

const plansDir = join(import.meta.dirname, '..', '..', 'examples', 'plans');
const seeds = readdirSync(plansDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(plansDir, f));

/** Compound words, parts of words, names, numbers with units. */
const queries = [
  '老旧小区', '农业转移人口', '户籍制度改革', '城镇基本公共服务', '保障性租赁住房', '新型城镇化', '城乡融合发展', '常住人口城镇化率',
  '城镇化率', '小区改造', '转移人口', '市民化', '租赁住房', '公共服务', '融合', '城市更新', '镇化', '基础设施',
  '连云港', '南通', '泰州市', '海州区', '长三角', '江苏',
  '50亿元', '30万吨', '万平方米', '亿元', '个百分点', '2025年底',
];

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();

contractTest('search finds exactly the passages and lines a plain substring scan of the seed plans finds', async (db, t) => {
  const imported = await importPlans(seeds, { db, by: 'test' });
  const search = async (query: string) => (await searchPlans(db, query, { limit: 5000 })).hits;
  await search('户籍'); // builds the index
  const passages = await db.query<{ plan_id: number; line: number; text: string }>('SELECT plan_id, line, text FROM search_passages');

  await t.test('30 queries: every passage containing the query, and no other', async () => {
    for (const query of queries) {
      const scanned = passages.filter((p) => fold(p.text).includes(fold(query))).map((p) => `${p.plan_id}:${p.line}`);
      assert.ok(scanned.length > 0, `${query} occurs in the seeds`);
      assert.deepEqual(sorted((await search(query)).map((h) => `${h.plan.id}:${h.line}`)), sorted(scanned), query);
    }
  });

  await t.test('the same 30 queries within each plan and within each region (with its children): the substring scan of those plans', async () => {
    const plans = await db.query<{ id: number; region: string | null; parent: string | null }>(
      `SELECT p.id, r.full_name AS region, pr.full_name AS parent FROM plans p
         LEFT JOIN regions r ON r.id = p.region_id LEFT JOIN regions pr ON pr.id = r.parent_id`,
    );
    const regions = [...new Set(plans.flatMap((p) => (p.region ? [p.region] : [])))];
    assert.ok(plans.length >= 5 && regions.length >= 3, `${plans.length} plans, ${regions.length} regions`);
    for (const query of queries) {
      const scanned = passages.filter((p) => fold(p.text).includes(fold(query)));
      for (const plan of plans) {
        const expected = scanned.filter((p) => p.plan_id === plan.id).map((p) => `${p.plan_id}:${p.line}`);
        const found = (await searchPlans(db, query, { plan: String(plan.id), limit: 5000 })).hits;
        assert.deepEqual(sorted(found.map((h) => `${h.plan.id}:${h.line}`)), sorted(expected), `${query} in plan ${plan.id}`);
      }
      for (const region of regions) {
        const ids = new Set(plans.filter((p) => p.region === region || p.parent === region).map((p) => p.id));
        const expected = scanned.filter((p) => ids.has(p.plan_id)).map((p) => `${p.plan_id}:${p.line}`);
        const found = (await searchPlans(db, query, { region, limit: 5000 })).hits;
        assert.deepEqual(sorted(found.map((h) => `${h.plan.id}:${h.line}`)), sorted(expected), `${query} in ${region}`);
      }
    }
  });

  await t.test('a word that is part of longer words finds every line of the plan files containing it', async () => {
    const files = imported.map((r, i) => ({ planId: r.planId!, lines: readFileSync(seeds[i], 'utf8').split(/\r?\n/) }));
    for (const [query, lines] of [['老旧小区', 10], ['农业转移人口', 41], ['户籍制度改革', 11]] as const) {
      const scanned = files.flatMap((f) => f.lines.flatMap((text, i) => (text.includes(query) ? [`${f.planId}:${i + 1}`] : [])));
      assert.equal(scanned.length, lines);
      assert.deepEqual(sorted((await search(query)).map((h) => `${h.plan.id}:${h.line}`)), sorted(scanned), query);
    }
  });

  await t.test('whole words and titles rank before parts of longer words', async () => {
    const hits = await search('老旧小区');
    const whole = hits.findIndex((h) => /老旧小区(?!改造)/.test(h.text));
    const part = hits.findIndex((h) => !/老旧小区(?!改造)/.test(h.text));
    assert.ok(whole >= 0 && part >= 0 && whole < part, hits.map((h) => h.text.slice(0, 30)).join('\n'));
    const heading = (await search('户籍制度改革')).findIndex((h) => h.text.trim() === '第一节  全面深化户籍制度改革');
    assert.ok(heading >= 0 && heading < 3, `the heading ranks first (${heading})`);
  });
});
