// npm run bench:store [-- --plans 200 --rows 100000 --queries 200 --backend both|pglite|postgres --baseline DIR]
// National size: --plans 2000 --rows 1000000. --baseline DIR: another checkout (a detached worktree of an
// earlier commit, same schema) whose storePlan stores as many copies, alternating with this one's, so both
// plans/s are taken under the same load. For each back end (PGlite in a temporary data folder;
// PostgreSQL from PLANTRACK_DATABASE_URL, else a private cluster as the tests start), prints:
//   import of plan copies as a folder import stores them (plans/s, store and search index: chunks of 20 plans
//   stored, then indexed in one pass; the five seeds are extracted once, see bench:extract),
//   the search index of those plans rebuilt (passages/s; with --baseline, then by the baseline's indexing),
//   an observations CSV of --rows values imported as `plantrack observe --file` does (rows/s: checks, then
//   multi-row batches in one transaction), and the overview rows it left stale refreshed (plans/s),
//   latency of "all indicators of a plan with latest values" (p50, p95).
// Not part of `npm test` or .ci/run.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PlanExtract, SourceText } from '../src/domain/index.ts';
import { indicatorKeyOf } from '../src/domain/catalog/index.ts';
import { readDocument } from '../src/readers/index.ts';
import { extractPlan } from '../src/parsers/index.ts';
import { getPlanIndicators, listCatalog, storePlan } from '../src/services/index.ts';
import { indexPendingPlans, openDatabase, type Database, type DatabaseLocation } from '../src/storage/index.ts';
import { importObservationsFile } from '../src/services/import-observations.ts';
import { refreshSummaries } from '../src/services/overview-summaries.ts';
import { progressReporter } from '../src/cli/progress-bar.ts';
import { onBackends } from './backends.ts';
import { printFigures, type Figure } from './figures.ts';

const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '200' },
    rows: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '200' },
    backend: { type: 'string', default: 'both' },
    baseline: { type: 'string' },
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

type Store = typeof storePlan;
const baselineStore: Store | undefined = values.baseline
  ? (await import(join(resolve(values.baseline), 'src', 'services', 'index.ts'))).storePlan
  : undefined;
const baselineIndex: typeof indexPendingPlans | undefined = values.baseline
  ? (await import(join(resolve(values.baseline), 'src', 'storage', 'index.ts'))).indexPendingPlans
  : undefined;

/** Plans of a folder import stored before their search index is built in one pass (importPlans does the same). */
const folderChunk = 20;

/**
 * Copies stored one transaction each, as a folder import does: a chunk of plans stored, then their search
 * index built in one pass. With --baseline, each chunk is followed by as many copies stored by the other
 * checkout's storePlan (its own way, the index inside each plan's transaction), so both see the same load.
 */
async function importCopies(db: Database, loaded: Seed[]): Promise<Figure> {
  const spent = [0, 0];
  for (let from = 0; from < sizes.plans; from += folderChunk) {
    const chunk = Array.from({ length: Math.min(folderChunk, sizes.plans - from) }, (_, j) => from + j);
    let start = performance.now();
    for (const i of chunk) {
      const [source, extract] = copyOf(loaded[i % loaded.length], i);
      await db.transaction((tx) => storePlan(tx, source, extract, { by: 'bench', deferIndex: true }));
    }
    await indexPendingPlans(db);
    spent[0] += performance.now() - start;
    if (!baselineStore) continue;
    start = performance.now();
    for (const i of chunk) {
      const [source, extract] = copyOf(loaded[i % loaded.length], i + sizes.plans);
      await db.transaction((tx) => baselineStore(tx, source, extract, { by: 'bench' }));
    }
    spent[1] += performance.now() - start;
  }
  const label = `导入 ${sizes.plans} 个规划副本（存储并建索引${baselineStore ? '，与基线交替' : ''}）`;
  return { label, now: `${rate(sizes.plans, spent[0])} plans/s`, baseline: baselineStore ? `${rate(sizes.plans, spent[1])} plans/s（${values.baseline}）` : '—' };
}

/** A CSV of --rows values (observations-csv.md): each stored region's plan indicators, then further names, years 2020–2025. */
async function observationsCsv(db: Database, dir: string): Promise<{ path: string; lines: string[] }> {
  const named = await db.query<{ region: string; name: string; base: string | null }>(
    `SELECT r.full_name AS region, i.name, min(coalesce(i.baseline_value, i.target_value))::text AS base FROM indicators i JOIN plans p ON p.id = i.plan_id
       JOIN regions r ON r.id = p.region_id GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const catalog = await listCatalog(db);
  const keyOf = (name: string) => indicatorKeyOf(name, catalog).key;
  const regions = [...new Set(named.map((n) => n.region))];
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  const perRegion = Math.ceil(sizes.rows / years.length / regions.length);
  const lines = ['region,indicator,year,value,unit,source_title'];
  for (const region of regions) {
    const seen = new Set<string>();
    // two names of one catalogue indicator (synonyms, width, brackets) are one series: a file gives it once a year
    const own = named.filter((n) => n.region === region && !seen.has(keyOf(n.name)) && seen.add(keyOf(n.name)));
    for (let k = 0; k < perRegion && lines.length <= sizes.rows; k++) {
      // past the plan's own rows: values of indicators no plan has (kept as unplanned, as the spec says)
      const name = k < own.length ? own[k].name : `基准补充指标${k}`;
      const base = k < own.length && own[k].base !== null ? Number(own[k].base) : 50;
      for (const [y, year] of years.entries()) {
        if (lines.length > sizes.rows) break;
        lines.push(`${region},${name},${year},${(base * (1 - 0.002 * y)).toFixed(2)},,基准统计公报`);
      }
    }
  }
  const path = join(dir, 'observations.csv');
  await writeFile(path, `${lines.join('\n')}\n`);
  return { path, lines };
}

/** The same file's first rows with other values: every row revises a stored value, one at a time (the path every row took before). */
async function revisedCsv(dir: string, lines: readonly string[], rows: number): Promise<string> {
  const path = join(dir, 'revised.csv');
  const revised = lines.slice(1, rows + 1).map((l) => l.replace(/,([\d.]+),,/, (_, v: string) => `,${(Number(v) * 1.001).toFixed(3)},,`));
  await writeFile(path, `${[lines[0], ...revised].join('\n')}\n`);
  return path;
}

const show = progressReporter({ stdout: () => {}, stderr: (t) => process.stderr.write(t), env: process.env, cwd: process.cwd(), isTTY: Boolean(process.stderr.isTTY) });

/** `plantrack observe --file`, timed: rows/s, or why the file was refused. */
async function importTimed(db: Database, path: string, rows: number): Promise<string> {
  const start = performance.now();
  const result = await importObservationsFile(db, path, { by: 'bench', onProgress: ({ phase, done, total }) => show(done, total, phase === 'check' ? '检查' : '写入') });
  const elapsed = performance.now() - start;
  if (!result.committed) return `refused (${result.problems.length} problems): ${result.problems.slice(0, 2).map((p) => `第 ${p.row} 行 ${p.column}：${p.reason}`).join('；')}`;
  return `${rate(rows, elapsed)} rows/s（${rows} 行 ${(elapsed / 1000).toFixed(0)} s）`;
}

/** A file of --rows values (checks, then multi-row batches in one transaction), and 2,000 revisions row by row beside it. */
async function importObservations(db: Database, dir: string): Promise<Figure[]> {
  const { path, lines } = await observationsCsv(db, dir);
  const bulk = await importTimed(db, path, lines.length - 1);
  const rss = process.memoryUsage().rss / 2 ** 20;
  const revisions = Math.min(2000, lines.length - 1);
  const oneByOne = await importTimed(db, await revisedCsv(dir, lines, revisions), revisions);
  return [{ label: `监测值文件导入（bench RSS ${rss.toFixed(0)} MB）`, now: bulk, baseline: `逐行 ${oneByOne}`, target: '10⁶ 行数分钟内' }];
}

/** The overview rows the load left stale, evaluated as serve's background refresh does, in plans/s. */
async function refreshOverview(db: Database): Promise<string> {
  const start = performance.now();
  const n = await refreshSummaries(db);
  return `${rate(n, performance.now() - start)} plans/s（${n} 个）`;
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
  return `p50 ${at(0.5)} ms p95 ${at(0.95)} ms（有值 ${(shown / sizes.queries).toFixed(0)} 行/规划）`;
}

/** Re-indexing every imported plan (words and character bigrams), in passages/s; then the same by the baseline's indexing. */
async function indexPassages(db: Database): Promise<Figure> {
  const rebuild = async (index: typeof indexPendingPlans) => {
    await db.query('UPDATE search_indexed_plans SET index_version = NULL');
    const start = performance.now();
    await index(db);
    return performance.now() - start;
  };
  const elapsed = await rebuild(indexPendingPlans);
  const before = baselineIndex ? await rebuild(baselineIndex) : undefined;
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM search_passages');
  const baseline = before === undefined ? '≈3300 passages/s（issue 13，无二元组）' : `${rate(n, before)} passages/s（${values.baseline}，随后）`;
  return { label: '检索索引重建', now: `${rate(n, elapsed)} passages/s（${n} 段）`, baseline };
}

async function run(name: string, location: DatabaseLocation, loaded: Seed[]): Promise<void> {
  const db = await openDatabase(location);
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-bench-csv-'));
  try {
    const figures: Figure[] = [await importCopies(db, loaded)];
    figures.push(await indexPassages(db));
    figures.push(...(await importObservations(db, dir)));
    figures.push({ label: '总览行刷新（后台批量）', now: await refreshOverview(db), baseline: '88 s / 3000 规划（读时首次计算，issue 13）' });
    figures.push({ label: '指标 + 最新值', now: await planLatency(db), baseline: '—' });
    printFigures(name, figures);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
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
