import assert from 'node:assert/strict';
import { getPlanIndicators, storePlan } from '../../src/services/index.ts';
import { assignDepartment, listBoxItems, recordBoxProgress } from '../../src/services/responsibilities.ts';
import { migrate, type Database } from '../../src/storage/index.ts';
import { selectResponsibilities } from '../../src/storage/responsibilities.ts';
import { contractTest } from './backends.ts';
import { readSeed, sampleExtract, storeTwoTables } from './sample-plan.ts';

const rowsNamed = async (db: Database, name: string) => (await getPlanIndicators(db, '连云港市')).indicators.filter((i) => i.name === name);

contractTest('a lead department points at one indicator row by id: a missing id is refused in Chinese, the database holds the key', async (db) => {
  const { planId } = await storeTwoTables(db, await readSeed(0));
  const [completion, target] = await rowsNamed(db, '常住人口城镇化率');
  assert.deepEqual([completion.tableKind, target.tableKind], ['completion', 'targets']);
  await assignDepartment(db, { plan: '连云港市', kind: 'indicator', itemId: completion.id, department: '市统计局', by: '管理员' });
  await assignDepartment(db, { plan: '连云港市', kind: 'indicator', itemId: target.id, department: '市发改委', by: '管理员' });
  const owners = await selectResponsibilities(db, { planId: planId! });
  assert.deepEqual(owners.map((o) => [o.itemId, o.department]), [[completion.id, '市统计局'], [target.id, '市发改委']]);
  await assert.rejects(assignDepartment(db, { plan: '连云港市', kind: 'indicator', itemId: 999_999, department: '市统计局', by: '管理员' }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'not-found');
    assert.match(error.message, /规划 #\d+ 中没有编号为 999999 的指标/);
    return true;
  });
  const [item] = await listBoxItems(db, '连云港市');
  await assert.rejects(recordBoxProgress(db, { plan: '连云港市', itemId: 999_999, milestone: '在建', date: '2024-01-01', by: 'x' }), { code: 'not-found' });
  await assert.rejects(db.query(`INSERT INTO responsibilities (plan, plan_id, kind, item, indicator_id, department, assigned_by) VALUES ($1, $2, 'indicator', 'x', 999999, 'x', 'x')`, [String(planId), planId]), { code: '23503' });
  await assert.rejects(db.query(`INSERT INTO box_item_progress (plan, plan_id, item, box_item_id, milestone, progress_date, recorded_by) VALUES ($1, $2, 'x', 999999, '在建', '2024-01-01', 'x')`, [String(planId), planId]), { code: '23503' });
  await assert.rejects(db.query(`INSERT INTO responsibilities (plan, plan_id, kind, item, indicator_id, department, assigned_by) VALUES ($1, $2, 'box-item', 'x', $3, 'x', 'x')`, [String(planId), planId, target.id]), { code: '23514' });
  assert.ok(item.id > 0);
});

contractTest('migration 012 maps lead departments and progress stored by name to ids and says in Chinese what it could not map', async (db) => {
  const { planId } = await storeTwoTables(db, await readSeed(0));
  await db.query('DROP TABLE responsibilities');
  await db.query('DROP TABLE box_item_progress');
  await db.query(`CREATE TABLE responsibilities (plan text NOT NULL, kind text NOT NULL CHECK (kind IN ('indicator', 'box-item')), item text NOT NULL,
    department text NOT NULL, assigned_by text NOT NULL, assigned_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (plan, kind, item))`);
  await db.query(`CREATE TABLE box_item_progress (id serial PRIMARY KEY, plan text NOT NULL, item text NOT NULL, milestone text NOT NULL,
    progress_date date NOT NULL, note text, evidence_url text, recorded_by text NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(),
    withdrawn_at timestamptz NULL, withdrawn_by text NULL, withdrawn_reason text NULL)`);
  await db.query("DELETE FROM schema_migrations WHERE id = '012-reference-ids'");
  const plan = String(planId);
  const old: Array<[string, string, string, string]> = [
    [plan, 'indicator', '常住人口城镇化率', '市发改委'], [plan, 'indicator', '人均预期寿命', '市卫健委'], [plan, 'indicator', '不存在的指标', '市统计局'],
    [plan, 'box-item', '专栏3-1 公共服务领域重点工程｜医疗', '市卫健委'], ['99999', 'indicator', '人均预期寿命', '某局'],
  ];
  for (const row of old) await db.query('INSERT INTO responsibilities (plan, kind, item, department, assigned_by) VALUES ($1, $2, $3, $4, $5)', [...row, '管理员']);
  for (const item of ['专栏3-1 公共服务领域重点工程｜教育', '专栏3-1 公共服务领域重点工程｜体育']) {
    await db.query(`INSERT INTO box_item_progress (plan, item, milestone, progress_date, recorded_by) VALUES ($1, $2, '在建', '2024-03-01', '发改委')`, [plan, item]);
  }

  await migrate(db);

  const [, target] = await rowsNamed(db, '常住人口城镇化率');
  const [life] = await rowsNamed(db, '人均预期寿命');
  const items = await listBoxItems(db, '连云港市');
  const owners = await selectResponsibilities(db, {});
  assert.deepEqual(owners.map((o) => [o.item, o.itemId, o.department, o.unmapped ? '未关联' : '']), [
    ['常住人口城镇化率', target.id, '市发改委', ''], ['人均预期寿命', life.id, '市卫健委', ''], ['不存在的指标', null, '市统计局', '未关联'],
    ['专栏3-1 公共服务领域重点工程｜医疗', items[1].id, '市卫健委', ''], ['人均预期寿命', null, '某局', '未关联'],
  ]);
  assert.match(owners[2].unmapped!, /规划 #\d+ 中没有名为“不存在的指标”的指标/);
  assert.match(owners[4].unmapped!, /规划“99999”不存在/);
  assert.deepEqual([items[0].progress.map((p) => p.milestone), items[1].department], [['在建'], '市卫健委']);
  const audit = await db.query<{ entity: string; message: string }>(`SELECT entity, old_value->>'message' AS message FROM audit_log WHERE action = 'unmapped' ORDER BY id`);
  assert.deepEqual(audit.map((a) => a.entity), ['responsibilities', 'responsibilities', 'box_item_progress']);
  assert.match(audit[2].message, /没有名为“专栏3-1 公共服务领域重点工程｜体育”的专栏项目/);
});

contractTest('a plan read again keeps its lead departments and progress: they are linked to the new rows by name', async (db) => {
  const source = await readSeed(0);
  await storeTwoTables(db, source);
  const [, target] = await rowsNamed(db, '常住人口城镇化率');
  const [item] = await listBoxItems(db, '连云港市');
  await assignDepartment(db, { plan: '连云港市', kind: 'indicator', itemId: target.id, department: '市发改委', by: '管理员' });
  await recordBoxProgress(db, { plan: '连云港市', itemId: item.id, milestone: '在建', date: '2024-03-01', by: '发改委' });
  await db.transaction((tx) => storePlan(tx, source, sampleExtract(source), { by: '测试员', replace: true }));
  const [again] = await rowsNamed(db, '常住人口城镇化率');
  const [itemAgain] = await listBoxItems(db, '连云港市');
  assert.notEqual(again.id, target.id);
  assert.deepEqual((await selectResponsibilities(db, {})).map((o) => [o.itemId, o.department, o.unmapped]), [[again.id, '市发改委', null]]);
  assert.deepEqual(itemAgain.progress.map((p) => [p.itemId, p.milestone]), [[itemAgain.id, '在建']]);
});
