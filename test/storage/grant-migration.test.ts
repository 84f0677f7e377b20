import assert from 'node:assert/strict';
import { migrate } from '../../src/storage/index.ts';
import { selectGrants } from '../../src/storage/grants.ts';
import { contractTest } from './backends.ts';

/**
 * Migration 070 on a database that still has text grants: it is rolled back to the old shape,
 * given old rows, and migrated again.
 */
contractTest('migration 070 resolves old text grants to plan and region ids and keeps what it cannot resolve', async (db) => {
  await db.query('DROP TABLE editor_grants');
  await db.query('ALTER TABLE users DROP COLUMN disabled');
  await db.query(`CREATE TABLE user_grants (user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    plan text NOT NULL DEFAULT '', indicator text NOT NULL DEFAULT '', PRIMARY KEY (user_id, plan, indicator))`);
  await db.query("DELETE FROM schema_migrations WHERE id = '070-grant-scopes'");
  const [city] = await db.query<{ id: number }>("INSERT INTO regions (name, full_name, level) VALUES ('连云港市', '连云港市', 'city') RETURNING id");
  const [district] = await db.query<{ id: number }>("INSERT INTO regions (name, full_name, level, parent_id) VALUES ('海州区', '连云港市海州区', 'district', $1) RETURNING id", [city.id]);
  const [plan] = await db.query<{ id: number }>(
    "INSERT INTO plans (region_id, kind, source_file, sha256, imported_by) VALUES ($1, 'plan', 'a.txt', 'sha-a', 't') RETURNING id", [city.id]);
  const [user] = await db.query<{ id: number }>("INSERT INTO users (name, role, password_hash) VALUES ('统计员', 'editor', 'x') RETURNING id");
  const old: Array<[string, string]> = [[String(plan.id), ''], ['海州区', ''], ['连云港市海州区', '森林覆盖率'], ['', '常住人口城镇化率'], ['火星市', ''], ['99999999999', '']];
  for (const [p, i] of old) await db.query('INSERT INTO user_grants (user_id, plan, indicator) VALUES ($1, $2, $3)', [user.id, p, i]);

  await migrate(db);

  const grants = (await selectGrants(db, user.id)).map((g) => [g.scope, g.planId, g.regionId, g.indicator, g.label]);
  assert.deepEqual(grants, [
    ['plan', plan.id, city.id, '', String(plan.id)],
    ['region', null, district.id, '', '海州区'],
    ['region', null, district.id, '森林覆盖率', '连云港市海州区'],
    ['everywhere', null, null, '常住人口城镇化率', ''],
    ['unresolved', null, null, '', '火星市'],
    ['unresolved', null, null, '', '99999999999'],
  ]);
  assert.equal((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'user_grants'"))[0].n, 0);
  assert.deepEqual(await db.query('SELECT disabled FROM users'), [{ disabled: false }]);
});
