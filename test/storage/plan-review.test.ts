import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { PlanExtract, SourceText } from '../../src/domain/index.ts';
import { comparePlanCascade, confirmPlan, listPlans, reinstatePlan, searchPlans, storePlan, withdrawPlan } from '../../src/services/index.ts';
import { getOverview, writeAndRefresh } from '../../src/services/overview-summaries.ts';
import { extractPlan } from '../../src/parsers/index.ts';
import type { Database } from '../../src/storage/index.ts';
import { contractTest } from './backends.ts';
import { editedSource, readSeed, sampleExtract } from './sample-plan.ts';

/** Stored as an import stores: the plan's overview row is refreshed right after commit. */
const store = (db: Database, source: SourceText, extract: PlanExtract, draft = false) =>
  writeAndRefresh(db, (tx) => storePlan(tx, source, extract, { by: '测试员', draft }));

/** A one-line text that is not a plan, read as the importer reads it. */
function junk(): { source: SourceText; extract: PlanExtract } {
  const text = '这不是一个规划，只是一行字。';
  const source: SourceText = {
    file: 'junk.txt', format: 'txt', sha256: createHash('sha256').update(text).digest('hex'), encoding: 'utf-8',
    lines: [{ line: 1, text, position: { page: null } }], warnings: [], tables: [],
  };
  return { source, extract: extractPlan(source) };
}

const states = async (db: Database) => (await listPlans(db)).map((p) => [p.id, p.state]);

contractTest('a text that is not a plan is stored as a draft with its reasons, and the overview still answers without it', async (db) => {
  const seed = await readSeed(0);
  await store(db, seed, sampleExtract(seed));
  const { source, extract } = junk();
  const result = await store(db, source, extract);
  assert.equal(result.state, 'draft');
  assert.deepEqual(result.reviewNotes, ['未识别规划标题', '未识别地区', '未识别规划期（如“2021—2025年”），无法评估', '没有读到指标表']);
  const [, draft] = await listPlans(db);
  assert.deepEqual([draft.state, draft.review, draft.reviewNotes.length], ['draft', 'draft', 4]);
  const overview = await getOverview(db);
  assert.deepEqual(overview.map((r) => [r.plan.id, r.error]), [[1, null]]);
  assert.ok(overview[0].summary);
  await assert.rejects(comparePlanCascade(db, String(draft.id)), { code: 'conflict', message: /待核对（未识别规划标题/ });
});

contractTest('a plan that cannot be evaluated shows its error on its own row; the other plans are still summarised', async (db) => {
  const seed = await readSeed(0);
  await store(db, seed, sampleExtract(seed));
  const other = editedSource(await readSeed(1), '附：另一个规划。');
  const noPeriod = sampleExtract(other, { plan: { ...sampleExtract(other).plan, title: '某规划', region: '海州区', period: null, baseYear: null } });
  const draft = await store(db, other, noPeriod);
  assert.equal(draft.state, 'draft');
  await confirmPlan(db, draft.planId!, '核对员');
  const rows = await getOverview(db);
  assert.equal(rows.length, 2);
  assert.equal(rows[0].error, null);
  assert.deepEqual([rows[1].plan.id, rows[1].summary], [draft.planId, null]);
  assert.match(rows[1].error ?? '', /规划期/);
});

contractTest('a draft counts only once confirmed: left out of search, then current, and the confirmation is audited', async (db) => {
  const seed = await readSeed(0);
  const result = await store(db, seed, sampleExtract(seed), true);
  assert.deepEqual([result.state, result.reviewNotes], ['draft', []]);
  assert.equal((await getOverview(db)).length, 0);
  assert.equal((await searchPlans(db, '城镇化', { limit: 5 })).hits.length, 0);
  const confirmed = await confirmPlan(db, result.planId!, '核对员');
  assert.equal(confirmed.state, 'current');
  assert.equal((await getOverview(db)).length, 1);
  assert.ok((await searchPlans(db, '城镇化', { limit: 5 })).hits.length > 0);
  assert.equal((await confirmPlan(db, result.planId!, '核对员')).state, 'current');
  const audit = await db.query<{ action: string; actor: string }>(`SELECT action, actor FROM audit_log WHERE action = 'confirm'`);
  assert.deepEqual(audit, [{ action: 'confirm', actor: '核对员' }]);
});

contractTest('withdrawing the current version makes the one before current again; restoring it supersedes that one again', async (db) => {
  const seed = await readSeed(0);
  const v1 = await store(db, seed, sampleExtract(seed));
  const revised = editedSource(seed, '附：修订版。');
  const v2 = await store(db, revised, sampleExtract(revised));
  assert.deepEqual(await states(db), [[v1.planId, 'superseded'], [v2.planId, 'current']]);
  await assert.rejects(withdrawPlan(db, v2.planId!, { reason: '  ', by: '核对员' }), { code: 'invalid-input' });
  const withdrawn = await withdrawPlan(db, v2.planId!, { reason: '误读：表格错位', by: '核对员' });
  assert.deepEqual([withdrawn.state, withdrawn.withdrawal?.reason, withdrawn.withdrawal?.by], ['withdrawn', '误读：表格错位', '核对员']);
  assert.deepEqual(await states(db), [[v1.planId, 'current'], [v2.planId, 'withdrawn']]);
  assert.deepEqual((await getOverview(db)).map((r) => r.plan.id), [v1.planId]);
  await assert.rejects(withdrawPlan(db, v2.planId!, { reason: '再次', by: '核对员' }), { code: 'conflict' });
  await assert.rejects(confirmPlan(db, v2.planId!, '核对员'), { code: 'conflict' });
  // a new draft version does not replace the current one until confirmed
  const again = editedSource(revised, '附：第三版。');
  const v3 = await store(db, again, sampleExtract(again), true);
  assert.deepEqual(await states(db), [[v1.planId, 'current'], [v2.planId, 'withdrawn'], [v3.planId, 'draft']]);
  assert.equal(v3.version, 3);
  const restored = await reinstatePlan(db, v2.planId!, '管理员');
  assert.deepEqual([restored.state, restored.withdrawal], ['current', null]);
  assert.deepEqual(await states(db), [[v1.planId, 'superseded'], [v2.planId, 'current'], [v3.planId, 'draft']]);
  await assert.rejects(reinstatePlan(db, v2.planId!, '管理员'), { code: 'conflict' });
  const audit = await db.query<{ action: string; entityId: string }>(`SELECT action, entity_id AS "entityId" FROM audit_log WHERE action IN ('withdraw', 'current-again', 'reinstate') ORDER BY id`);
  assert.deepEqual(audit.map((a) => `${a.action}:${a.entityId}`), [`withdraw:${v2.planId}`, `current-again:${v1.planId}`, `reinstate:${v2.planId}`]);
});
