import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importPlans } from '../../src/services/index.ts';
import { appWithUsers } from './harness.ts';
import { backends } from './backends.ts';

const seeds = join(import.meta.dirname, '..', '..', 'examples', 'plans');

interface Hit {
  plan: { id: number; region: string | null };
  chapter: string;
  line: number;
  highlighted: Array<{ text: string; match: boolean }>;
}
interface ErrorAnswer {
  error: string;
  message: string;
  details: { field?: string } | null;
}

for (const [backend, open] of backends) {
  test(`${backend}: search, compare, cascade and topics over HTTP on the five seed plans`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans(readdirSync(seeds).map((f) => join(seeds, f)), { db, by: 'test' });
      const { login } = await appWithUsers(db);
      const viewer = await login('viewer');
      const get = async <T>(path: string, status = 200) => {
        const response = await viewer.request(encodeURI(path));
        assert.equal(response.status, status, `${path}: ${response.status}`);
        return (await response.json()) as T;
      };

      const all = await get<{ hits: Hit[] }>('/api/search?q=户籍制度改革&limit=50');
      const regions = new Set(all.hits.map((h) => h.plan.region));
      for (const city of ['连云港', '南通', '泰州']) assert.ok([...regions].some((r) => r?.includes(city)), `${city} in ${[...regions]}`);
      assert.ok(all.hits.every((h) => h.highlighted.some((s) => s.match && /户籍/.test(s.text))));
      const limited = await get<{ hits: Hit[] }>('/api/search?q=户籍制度改革&limit=2');
      assert.equal(limited.hits.length, 2);
      const inRegion = await get<{ hits: Hit[] }>('/api/search?q=户籍制度改革&region=南通市');
      assert.ok(inRegion.hits.length > 0 && inRegion.hits.every((h) => h.plan.region?.includes('南通')));
      const inPlan = await get<{ hits: Hit[] }>('/api/search?q=户籍制度改革&plan=泰州市');
      assert.ok(inPlan.hits.length > 0 && inPlan.hits.every((h) => h.plan.region?.includes('泰州')));
      const chapter = all.hits[0].chapter.split(/\s*[›>/]\s*/)[0];
      const inChapter = await get<{ hits: Hit[] }>(`/api/search?q=户籍制度改革&chapter=${chapter}`);
      assert.ok(inChapter.hits.length > 0 && inChapter.hits.every((h) => h.chapter.includes(chapter)));
      assert.equal((await get<ErrorAnswer>('/api/search?q=户籍&region=火星市', 404)).details?.field, 'region');
      assert.equal((await get<ErrorAnswer>('/api/search', 400)).details?.field, 'q');

      const compared = await get<{ rows: Array<{ region: string; match: string; target: { raw: string } | null }> }>('/api/compare?indicator=常住人口城镇化率');
      assert.equal(compared.rows.length, 4);
      assert.ok(compared.rows.every((r) => r.match && r.target?.raw));
      const unknown = await get<ErrorAnswer>('/api/compare?indicator=月球基地数量', 404);
      assert.match(unknown.message, /没有规划含有指标/);
      assert.equal((await get<ErrorAnswer>('/api/compare', 400)).details?.field, 'indicator');

      const cascade = await get<{ parent: { region: string }; shared: Array<{ weaker: boolean }>; boxTopics: unknown[] }>('/api/cascade?plan=海州区');
      assert.match(cascade.parent.region, /连云港/);
      assert.ok(cascade.shared.some((s) => s.weaker), 'a weaker target is flagged');
      assert.match((await get<ErrorAnswer>('/api/cascade?plan=连云港市', 404)).message, /没有上级地区/);
      assert.equal((await get<ErrorAnswer>('/api/cascade', 400)).details?.field, 'plan');

      const topics = await get<{ topics: string[]; plans: Array<{ topics: Array<{ topic: string; passages: number; share: number }> }> }>('/api/topics?topics=户籍,公共服务');
      assert.deepEqual(topics.topics, ['户籍', '公共服务']);
      assert.equal(topics.plans.length, 5);
      assert.ok(topics.plans.every((p) => p.topics[0].passages > 0 && p.topics[0].share > 0 && p.topics[0].share < 1));
      const spec = await get<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>('/api/openapi.json');
      assert.ok(spec.paths['/api/topics'] && spec.components.schemas.TopicComparison);
    } finally {
      await db.close();
    }
  });
}
