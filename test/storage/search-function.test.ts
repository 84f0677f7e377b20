import assert from 'node:assert/strict';
import { migrate } from '../../src/storage/migrate.ts';
import { planStateSql } from '../../src/storage/plan-state.ts';
import { contractTest } from './backends.ts';

const storedBody = async (db: Parameters<typeof migrate>[0]) =>
  (await db.query<{ body: string }>(`SELECT prosrc AS body FROM pg_proc WHERE proname = 'search_shortest_matches'`))[0]?.body;

contractTest('the search function holds the plan-state rule of the code, and an older copy is replaced on opening', async (db) => {
  assert.ok((await storedBody(db))?.includes(planStateSql('p')), 'the function leaves plans out by plan-state.ts’s rule');
  await db.query(`CREATE OR REPLACE FUNCTION search_shortest_matches(
      wanted_version integer, steps text[], patterns text[], folded_patterns text[], chapter_pattern text, kept_states text[], max_rows integer)
    RETURNS json LANGUAGE plpgsql STABLE AS $fn$ BEGIN RETURN json_build_object('pending', false, 'hits', NULL); END $fn$`);
  await migrate(db);
  assert.ok((await storedBody(db))?.includes(planStateSql('p')), 'an older body is made the code’s again');
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'search_shortest_matches'`);
  assert.equal(n, 1, 'an older copy with other arguments is dropped, not left as an overload');
});
