import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPlans, listPlans } from '../../src/services/index.ts';
import { grantEditor, resolveGrant } from '../../src/services/grants.ts';
import type { Database } from '../../src/storage/index.ts';
import { appWithUsers } from './harness.ts';
import { backends } from './backends.ts';

const seeds = join(import.meta.dirname, '..', '..', 'examples', 'plans');
const seedFiles = () => readdirSync(seeds).sort().map((f) => join(seeds, f));
const planIdOf = async (db: Database, region: string) => (await listPlans(db)).find((p) => p.region === region)!.id;
const observation = (region: string, indicator: string, value: number) => ({ region, indicator, year: 2022, value });

for (const [backend, open] of backends) {
  test(`${backend}: a grant names a plan as users do and is stored as ids; unknown names are refused with suggestions`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans(seedFiles(), { db, by: 'test' });
      const [lyg, nt, hz] = [await planIdOf(db, '连云港市'), await planIdOf(db, '南通市'), await planIdOf(db, '海州区')];
      const resolved = async (plan: string) => (await resolveGrant(db, { plan })).grant.planId;
      assert.equal(await resolved('海州区'), hz);
      assert.equal(await resolved('连云港市海州区'), hz);
      assert.equal(await resolved(String(nt)), nt);
      assert.equal(await resolved('000_6672659702fb4163'), lyg);
      assert.equal(await resolved('连云港市 十四五'), lyg);
      await assert.rejects(resolveGrant(db, { plan: '海洲区' }), (e: Error) => /找不到规划 "海洲区"/.test(e.message) && /相近的地区：.*连云港市海州区/.test(e.message));
      await assert.rejects(resolveGrant(db, { plan: '连云港市 十三五' }), /连云港市 没有十三五/);
      await assert.rejects(resolveGrant(db, { plan: '连云港市', indicator: '常住人口城镇化' }), /没有指标 "常住人口城镇化"；相近的指标：常住人口城镇化率/);
      await assert.rejects(resolveGrant(db, { indicator: '火星人口' }), /没有规划或指标目录含有指标 "火星人口"/);

      const { login } = await appWithUsers(db);
      const grant = await grantEditor(db, 'editor', { plan: '海州区' }, 'admin');
      assert.equal(grant.scope, 'plan');
      assert.match(grant.description, /^规划 #\d+ 连云港市海州区 十四五《连云港市海州区国民经济.*》（全部指标）$/);
      await assert.rejects(grantEditor(db, 'viewer', { plan: '海州区' }), /只有 editor（填报员）需要授权/);
      const editor = await login('editor');
      const post = (path: string, json: unknown) => editor.request(path, { method: 'POST', json });
      assert.equal((await post('/api/observations', observation('海州区', '研发经费支出占地区生产总值比重', 2.6))).status, 201);
      assert.equal((await post('/api/observations', observation('连云港市海州区', '地区生产总值', 900))).status, 201);
      assert.equal((await post(`/api/plans/${hz}/corrections`, { row: '地区生产总值', field: 'target', value: '1000', reason: '复核' })).status, 200);
      const refused = await post('/api/observations', observation('连云港市', '常住人口城镇化率', 64));
      assert.equal(refused.status, 403);
      assert.match(((await refused.json()) as { message: string }).message, /无权修改连云港市 的“常住人口城镇化率”：可修改：规划 #\d+ 连云港市海州区 十四五/);
      assert.equal((await post(`/api/plans/${lyg}/corrections`, { row: '常住人口城镇化率', field: 'target', value: '1', reason: 'x' })).status, 403);
      assert.equal((await post('/api/observations', observation('火星市', '常住人口城镇化率', 1))).status, 403);
    } finally {
      await db.close();
    }
  });

  test(`${backend}: a combined grant (plan + indicator) lets the editor write that indicator in that plan only`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    try {
      await importPlans(seedFiles(), { db, by: 'test' });
      const [lyg, nt] = [await planIdOf(db, '连云港市'), await planIdOf(db, '南通市')];
      const { login } = await appWithUsers(db);
      await grantEditor(db, 'editor', { plan: '连云港市', indicator: '常住人口城镇化率' }, 'admin');
      const editor = await login('editor');
      const post = (path: string, json: unknown) => editor.request(path, { method: 'POST', json });
      assert.equal((await post('/api/observations', observation('连云港市', '常住人口城镇化率', 63.1))).status, 201);
      assert.equal((await post(`/api/plans/${lyg}/corrections`, { row: '常住人口城镇化率', field: 'target', value: '70', reason: '复核' })).status, 200);
      const forbidden = [
        await post('/api/observations', observation('连云港市', '人均预期寿命', 80)),
        await post('/api/observations', observation('南通市', '常住人口城镇化率', 70)),
        await post('/api/observations', observation('泰州市', '常住人口城镇化率', 68)),
        await post(`/api/plans/${lyg}/corrections`, { row: '人均预期寿命', field: 'target', value: '1', reason: 'x' }),
        await post(`/api/plans/${nt}/corrections`, { row: '常住人口城镇化率', field: 'target', value: '1', reason: 'x' }),
        await post(`/api/plans/${nt}/box-progress`, { item: '常住人口城镇化率', milestone: '完成', date: '2023-01-01' }),
      ];
      assert.deepEqual(forbidden.map((r) => r.status), [403, 403, 403, 403, 403, 403]);
    } finally {
      await db.close();
    }
  });

  test(`${backend}: a grant on a plan covers its re-imported new version`, { timeout: 300_000 }, async (t) => {
    const db = await open(t);
    if (!db) return;
    const dir = mkdtempSync(join(tmpdir(), 'plantrack-grant-'));
    try {
      const first = join(dir, 'lyg.txt');
      copyFileSync(join(seeds, '000_6672659702fb4163.txt'), first);
      await importPlans([first], { db, by: 'test' });
      const { login } = await appWithUsers(db);
      await grantEditor(db, 'editor', { plan: '连云港市' }, 'admin');
      writeFileSync(join(dir, 'lyg-v2.txt'), `${readFileSync(first, 'utf8')}\n附：修订版。\n`);
      const [again] = await importPlans([join(dir, 'lyg-v2.txt')], { db, by: 'test' });
      assert.equal(again.status, 'new-version');
      const editor = await login('editor');
      const corrected = await editor.request(`/api/plans/${again.planId}/corrections`, { method: 'POST', json: { row: '常住人口城镇化率', field: 'target', value: '70', reason: '复核' } });
      assert.equal(corrected.status, 200);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
