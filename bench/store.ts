// npm run bench:store [-- --plans 200 --rows 100000 --queries 200 --backend both|pglite|postgres]
// National size: --plans 2000 --rows 1000000. For each back end (PGlite in a temporary data folder;
// PostgreSQL from PLANTRACK_DATABASE_URL, else a private cluster as the tests start), prints:
//   import of plan copies (plans/s, store only: the five seeds are extracted once, see bench:extract),
//   the search index of those plans rebuilt (passages/s; importing indexes each plan in its transaction),
//   bulk insert of observations (rows/s, 1000-row multi-row VALUES),
//   latency of "all indicators of a plan with latest values" (p50, p95).
// Not part of `npm test` or .ci/run.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { indicatorKeyOf } from '../src/domain/catalog/index.ts';
import type { PlanExtract, SourceText } from '../src/domain/index.ts';
import { readDocument } from '../src/readers/index.ts';
import { extractPlan } from '../src/parsers/index.ts';
import { getPlanIndicators, storePlan } from '../src/services/index.ts';
import { indexPendingPlans, insertRows, openDatabase, type Database, type DatabaseLocation, type SqlParam } from '../src/storage/index.ts';
import { onBackends } from './backends.ts';
import { machineLoad } from './figures.ts';

const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '200' },
    rows: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '200' },
    backend: { type: 'string', default: 'both' },
  },
});
const sizes = { plans: Number(values.plans), rows: Number(values.rows), queries: Number(values.queries) };
const seedDir = join(new URL('..', import.meta.url).pathname, 'examples', 'plans');
const seeds = ['000_6672659702fb4163', '001_7c17e6fcf30f2c99', '002_d50b99ada46e1ee4', '003_d7ad96852b7746b9', '004_cc525a364f434966'];

interface Seed { readonly source: SourceText; readonly extract: PlanExtract }

/** Copy i of a seed: other bytes (sha256) and its own region, so each copy is a plan of its own. */
function copyOf(seed: Seed, i: number): [SourceText, PlanExtract] {
  const sha256 = createHash('sha256').update(`${seed.source.sha256}:${i}`).digest('hex');
  const region = `基准${i}${seed.extract.plan.region ?? '市'}`;
  const extract = { ...seed.extract, source: { ...seed.extract.source, file: `copy_${i}.txt`, sha256 }, plan: { ...seed.extract.plan, region, parentRegion: null } };
  return [{ ...seed.source, sha256 }, extract];
}

const rate = (n: number, ms: number) => `${((n * 1000) / ms).toFixed(1)}`;

async function importCopies(db: Database, loaded: Seed[]): Promise<string> {
  const start = performance.now();
  for (let i = 0; i < sizes.plans; i++) {
    const [source, extract] = copyOf(loaded[i % loaded.length], i);
    await db.transaction((tx) => storePlan(tx, source, extract, { by: 'bench' }));
  }
  return `${rate(sizes.plans, performance.now() - start)} plans/s`;
}

/** Region × indicator key × year rows, as many as --rows, into the observations table. */
async function insertObservations(db: Database): Promise<string> {
  const named = await db.query<{ region_id: number; name: string; catalog_id: string | null }>(
    'SELECT DISTINCT p.region_id, i.name, i.catalog_id FROM indicators i JOIN plans p ON p.id = i.plan_id WHERE p.region_id IS NOT NULL ORDER BY 1, 2',
  );
  const byKey = new Map(named.map((k) => [`${k.region_id}|${k.catalog_id ?? indicatorKeyOf(k.name, []).key}`, k]));
  const keys = [...byKey.values()];
  const years = Math.ceil(sizes.rows / keys.length);
  const rows: SqlParam[][] = [];
  for (let y = 0; y < years && rows.length < sizes.rows; y++) {
    for (const k of keys) {
      if (rows.length >= sizes.rows) break;
      const key = k.catalog_id ?? indicatorKeyOf(k.name, []).key;
      rows.push([k.region_id, k.catalog_id, key, 2025 - y, k.name, 50 + (rows.length % 50), 'bench', '2025-01-01T00:00:00Z']);
    }
  }
  const columns = ['region_id', 'catalog_id', 'indicator_key', 'year', 'indicator_name', 'value', 'entered_by', 'entered_at'];
  const start = performance.now();
  for (let at = 0; at < rows.length; at += 10000) {
    await db.transaction((tx) => insertRows(tx, 'observations', columns, rows.slice(at, at + 10000)));
  }
  return `${rate(rows.length, performance.now() - start)} rows/s (${rows.length} rows, ${keys.length} region × indicator pairs)`;
}

async function planLatency(db: Database): Promise<string> {
  const ids = (await db.query<{ id: number }>('SELECT id FROM plans ORDER BY id')).map((r) => r.id);
  const times: number[] = [];
  let shown = 0;
  for (let q = 0; q < sizes.queries; q++) {
    const start = performance.now();
    const { indicators } = await getPlanIndicators(db, String(ids[(q * 7919) % ids.length]));
    times.push(performance.now() - start);
    shown += indicators.filter((i) => i.latest).length;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (${sizes.queries} queries, ${(shown / sizes.queries).toFixed(1)} rows with a value per plan)`;
}

/** Re-indexing every imported plan (words and character bigrams), in passages/s. */
async function indexPassages(db: Database): Promise<string> {
  await db.query('UPDATE search_indexed_plans SET index_version = NULL');
  const start = performance.now();
  await indexPendingPlans(db);
  const elapsed = performance.now() - start;
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM search_passages');
  return `${rate(n, elapsed)} passages/s (${n} passages; before bigrams ≈3300/s, issue 13)`;
}

async function run(name: string, location: DatabaseLocation, loaded: Seed[]): Promise<void> {
  const db = await openDatabase(location);
  try {
    console.log(`${name}（${machineLoad()}）`);
    console.log(`  import of ${sizes.plans} plan copies:  ${await importCopies(db, loaded)}`);
    console.log(`  search index rebuilt:           ${await indexPassages(db)}`);
    console.log(`  bulk insert of observations:   ${await insertObservations(db)}`);
    console.log(`  indicators + latest values:    ${await planLatency(db)}`);
  } finally {
    await db.close();
  }
}

const loaded: Seed[] = [];
for (const seed of seeds) {
  const source = await readDocument(join(seedDir, `${seed}.txt`));
  loaded.push({ source, extract: extractPlan(source) });
}
console.log(`bench:store — ${sizes.plans} plans, ${sizes.rows} observation rows, ${sizes.queries} queries`);
await onBackends(values.backend, {
  postgres: (location) => run('PostgreSQL 15', location, loaded),
  pglite: (location) => run('PGlite (data folder)', location, loaded),
});
