import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importPlans, searchPlans } from '../../src/services/index.ts';
import { indexPlanPassages } from '../../src/storage/index.ts';
import { contractTest } from '../storage/backends.ts';

const plansDir = join(import.meta.dirname, '..', '..', 'examples', 'plans');
const seeds = readdirSync(plansDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(plansDir, f));

/** Passages whose place in the table comes before that of a passage earlier in (chars, id): 0 when in search order. */
const outOfOrder = async (db: Parameters<typeof indexPlanPassages>[0]) =>
  (await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT chars, id, lag(chars) OVER w AS pc, lag(id) OVER w AS pid FROM search_passages WINDOW w AS (ORDER BY ctid)) t
      WHERE (chars, id) < (pc, pid)`,
  ))[0].n;

contractTest('a folder import leaves the passages in the order the search reads them (PostgreSQL); one plan re-indexed does not rewrite them', async (db, _t, backend) => {
  let rewrites = 0;
  await importPlans(seeds, { db, by: 'test', onIndexOrdering: () => rewrites++ });
  assert.equal(rewrites, backend === 'PostgreSQL' ? 1 : 0, 'the bulk index put the table in search order on PostgreSQL, not on PGlite');
  if (backend === 'PostgreSQL') assert.equal(await outOfOrder(db), 0);
  const [{ id }] = await db.query<{ id: number }>('SELECT min(plan_id)::int AS id FROM search_passages');
  await db.transaction((tx) => indexPlanPassages(tx, id));
  assert.ok((await outOfOrder(db)) > 0, 'one plan re-indexed is appended, not ordered');
  const hits = await searchPlans(db, '户籍');
  assert.ok(hits.hits.length > 0, 'search reads the table as before');
});
