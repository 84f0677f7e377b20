import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importPlans, searchPlans } from '../../src/services/index.ts';
import { parseQuery } from '../../src/search/index.ts';
import { findPassages } from '../../src/storage/index.ts';
import { contractTest } from '../storage/backends.ts';

const plansDir = join(import.meta.dirname, '..', '..', 'examples', 'plans');
const seeds = readdirSync(plansDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(plansDir, f));

contractTest('search candidates walked class by class are the shortest matches one ordered scan finds', async (db) => {
  await importPlans(seeds, { db, by: 'test' });
  await searchPlans(db, '户籍'); // builds the index
  const passages = await db.query<{ id: number; plan_id: number; line: number; chars: number; text: string }>(
    'SELECT id, plan_id, line, chars, text FROM search_passages ORDER BY chars, id',
  );
  for (const query of ['发展', '文化', '公共服务', '城市 更新', '地下综合管廊']) {
    const needles = parseQuery(query).needles.map((n) => n.text);
    const matches = passages.filter((p) => needles.every((n) => p.text.normalize('NFKC').toLowerCase().includes(n)));
    for (const limit of [1, 7, 60, 400]) {
      const expected = matches.slice(0, limit).map((p) => `${p.plan_id}:${p.line}`);
      const found = await findPassages(db, parseQuery(query).needles, { limit });
      assert.deepEqual(found.map((p) => `${p.planId}:${p.line}`), expected, `${query}, limit ${limit}`);
    }
  }
});
