// The corpus of bench:api at national size, built in minutes instead of the hour the import path takes:
// a few plans stored through the real path (storePlan), their rows cloned per region by INSERT … SELECT
// (clone-rows.ts), the values loaded by one statement per batch of regions, then the overview precomputed
// the way the product does it (refreshSummaries: every plan evaluated, one entry per 总览 year).
// A database that already holds the corpus of the asked size is reused as it is (--database).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { indicatorKeyOf } from '../src/domain/catalog/index.ts';
import type { Indicator, PlanExtract } from '../src/domain/index.ts';
import { readDocument } from '../src/readers/index.ts';
import { extractFile, listCatalog, storePlan } from '../src/services/index.ts';
import { refreshSummaries } from '../src/services/overview-summaries.ts';
import type { Database } from '../src/storage/index.ts';
import { cloneAll, type Rewrite } from './clone-rows.ts';

export interface CorpusSize {
  readonly regions: number;
  readonly indicators: number;
  readonly years: number;
}

export interface Corpus {
  readonly planIds: number[];
  readonly regions: number;
  /** seconds spent storing, cloning and loading values; undefined when an existing corpus was reused */
  readonly buildSeconds?: number;
  /** seconds the overview precomputation took (refreshSummaries of every stale plan) */
  readonly precomputeSeconds: number;
}

const root = new URL('..', import.meta.url).pathname;
/** Distinct plans stored through the real path; every other region is a copy of one of them. */
const templateFiles = ['000_6672659702fb4163.txt', '001_7c17e6fcf30f2c99.txt', '003_d7ad96852b7746b9.txt', '004_cc525a364f434966.txt'];
const firstYear = 2020;
/**
 * The copies' search index is not built: the API's routes never read it, and inserting ~370 passages a plan into
 * its GIN index is what made the import path take an hour (bench:search measures search). A search on this
 * database indexes the copies first (indexPendingPlans).
 */
const searchTables = ['search_passages', 'search_indexed_plans'];

/** The seed plan, renamed for region i and widened to n indicators (copies of its rows with a target). */
function planFor(base: PlanExtract, i: number, n: number): PlanExtract {
  const region = `基准${i}市`;
  const rows = base.indicators.filter((x) => x.target);
  const indicators: Indicator[] = Array.from({ length: n }, (_, k) => {
    const row = rows[k % rows.length];
    return { ...row, name: k < rows.length ? row.name : `${row.name}（${Math.floor(k / rows.length)}）` };
  });
  const sha256 = createHash('sha256').update(`${region}:${n}`).digest('hex');
  const plan = { ...base.plan, region, title: `${region}“十四五”规划`, parentRegion: null };
  return { ...base, source: { ...base.source, sha256, file: `${region}.txt` }, plan, indicators, textTargets: [], boxes: [] };
}

/** The corpus in `db`: reused when it holds one of this size, built when the database is empty. */
export async function ensureCorpus(db: Database, size: CorpusSize, log: (line: string) => void): Promise<Corpus> {
  const [{ plans, values }] = await db.query<{ plans: number; values: number }>(
    'SELECT (SELECT count(*)::int FROM plans) AS plans, (SELECT count(*)::int FROM observations) AS values',
  );
  const regions = Math.ceil(size.regions / templateFiles.length) * templateFiles.length;
  if (plans > 0 && plans !== regions) throw new Error(`数据库已有 ${plans} 个规划，不是 ${regions} 个地区的基准语料：请用空数据库或同样的 --regions`);
  let buildSeconds: number | undefined;
  if (plans === 0) buildSeconds = await build(db, { ...size, regions }, log);
  else log(`  沿用已有语料：${plans} 个规划，${values} 个值`);
  const started = performance.now();
  // the plans were marked stale by their store; the batch a bulk load ends with evaluates them once
  const done = await refreshSummaries(db, { onProgress: (n) => progress(log, `  总览预计算 ${n} 个规划`) });
  const precomputeSeconds = (performance.now() - started) / 1000;
  if (done) log(`  总览预计算 ${done} 个规划用时 ${precomputeSeconds.toFixed(0)} s`);
  const planIds = (await db.query<{ id: number }>('SELECT id FROM plans ORDER BY id')).map((r) => r.id);
  return { planIds, regions, buildSeconds, precomputeSeconds };
}

async function build(db: Database, size: CorpusSize, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const templates: Array<{ id: number; extract: PlanExtract }> = [];
  for (const [i, file] of templateFiles.entries()) {
    const path = join(root, 'examples/plans', file);
    const extract = planFor(await extractFile(path), i, size.indicators);
    const source = await readDocument(path);
    const { planId } = await db.transaction((tx) => storePlan(tx, source, extract, { by: 'bench' }));
    templates.push({ id: planId!, extract });
  }
  const cloned = performance.now();
  await cloneAll(db, size.regions / templates.length - 1, { rewrites: rewrites(templates.length), skip: searchTables, onProgress: (n) => progress(log, `  复制规划 ${n} 份`) });
  await markCopies(db, Math.max(...templates.map((t) => t.id)));
  log(`  存入 ${templates.length} 个规划，复制为 ${size.regions} 个地区用时 ${((performance.now() - cloned) / 1000).toFixed(0)} s`);
  const values = await loadValues(db, templates, size.years, (n) => progress(log, `  载入监测值 ${n} 个`));
  const seconds = (performance.now() - started) / 1000;
  log(`  建立语料：${size.regions} 个地区 × ${size.indicators} 项指标 × ${size.years} 年（${values} 个值）用时 ${seconds.toFixed(0)} s`);
  return seconds;
}

/** Copy c of region 基准i市 is 基准(i + c·k)市, its plan named after it; hashes stay unique; passages point into their copy. */
function rewrites(k: number): Record<string, Rewrite> {
  const renamed = (column: string) => () =>
    `regexp_replace(src.${column}, '基准[0-9]+市', '基准' || (substring(src.${column} from '基准([0-9]+)市')::int + c * ${k}) || '市')`;
  return {
    'regions.name': renamed('name'), 'regions.full_name': renamed('full_name'), 'plans.title': renamed('title'), 'plans.source_file': renamed('source_file'),
    'plans.sha256': () => "encode(sha256(convert_to(src.sha256 || ':' || c, 'UTF8')), 'hex')",
  };
}

/** What storing each copy would have left: its import in the audit trail and its overview row marked stale. */
async function markCopies(db: Database, lastTemplate: number): Promise<void> {
  await db.query(`INSERT INTO audit_log (actor, action, entity, entity_id) SELECT 'bench', 'import', 'plan', id::text FROM plans WHERE id > $1 ORDER BY id`, [lastTemplate]);
  await db.query(`INSERT INTO plan_summaries (plan_id, stale) SELECT id, nextval('plan_summary_marks') FROM plans WHERE id > $1 ORDER BY id
    ON CONFLICT (plan_id) DO UPDATE SET stale = EXCLUDED.stale`, [lastTemplate]);
}

/** Every region's values: each indicator of its plan from its baseline, +2 % a year, by batches of regions. */
async function loadValues(db: Database, templates: ReadonlyArray<{ id: number; extract: PlanExtract }>, years: number, onProgress: (n: number) => void): Promise<number> {
  const catalog = await listCatalog(db);
  const keys = templates.flatMap((t) => t.extract.indicators.map((x) => {
    const key = indicatorKeyOf(x.name, catalog);
    return [t.id, key.entry?.id ?? null, key.key, x.name, x.baseline?.value ?? 50];
  }));
  const stride = Math.max(...templates.map((t) => t.id));
  const [{ top }] = await db.query<{ top: number }>('SELECT max(id)::int AS top FROM plans');
  let loaded = 0;
  const perStatement = 200;
  for (let from = 0; from < top; from += perStatement) {
    // a plan's template is its id modulo the templates' ids (clone-rows.ts shifts ids by whole strides)
    const rows = await db.query<{ n: number }>(
      `WITH k(template, catalog_id, key, name, base) AS (SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::float8[])),
         ins AS (INSERT INTO observations (region_id, catalog_id, indicator_key, year, value, indicator_name, entered_by, entered_at)
           SELECT p.region_id, k.catalog_id, k.key, $6::int + y, round((k.base * (1 + 0.02 * y) + (p.region_id % 7) / 10.0)::numeric, 2), k.name, 'bench', now()
           FROM plans p JOIN k ON k.template = (p.id - 1) % $7::int + 1, generate_series(0, $8::int - 1) AS y
           WHERE p.id > $9::int AND p.id <= $10::int
           ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [...columnsOf(keys), firstYear, stride, years, from, from + perStatement] as never[],
    );
    loaded += rows[0].n;
    onProgress(loaded);
  }
  return loaded;
}

const columnsOf = (rows: unknown[][]) => rows[0].map((_, c) => rows.map((r) => r[c]));

let lastProgress = 0;
/** A progress line at most every 5 s (a bench's log, not a terminal bar: it is often redirected). */
function progress(log: (line: string) => void, line: string) {
  if (performance.now() - lastProgress < 5000) return;
  lastProgress = performance.now();
  log(line);
}
