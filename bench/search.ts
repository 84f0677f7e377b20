// npm run bench:search [-- --plans 2000 --pglite-plans 200 --backend both|postgres|pglite]
//                     [-- --database postgres://…/db | /path/to/pglite-folder]  (time an existing corpus, e.g. one
//                      kept from a long build: no corpus is built or indexed, and nothing is dropped)
//                     [-- --keep]  (PLANTRACK_DATABASE_URL's server: the PostgreSQL corpus is kept, its URL printed)
//                     [-- --order-beside]  (times the queries on the passages as indexed, then rewrites them in search order
//                      as a bulk index does, and times them again: the ordering's effect in one run)
//                     [-- --baseline DIR]  (another checkout, same schema: its searchPlans runs each query in turn
//                      with this one's, on the same database under the same load; says whether the hits are the same)
// Builds a corpus of varied seed plans, then times index build, 50 queries through the search
// index, and the same queries by a plain linear scan of the text (LIKE over every paragraph), each
// beside its baseline (the linear scan, and the figures issue 13 measured before character bigrams).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, insertRows, indexPendingPlans, orderSearchPassages, type Database } from '../src/storage/index.ts';
import { searchPlans } from '../src/services/index.ts';
import { parseQuery } from '../src/search/index.ts';
import { onBackends } from './backends.ts';
import { ms, printFigures, type Figure } from './figures.ts';

/** Measured before character bigrams (issue 13, a loaded run): PostgreSQL 2,000 plans, PGlite 100 plans. */
const before = {
  PostgreSQL: { p50: 50, p95: 251, ratio: 5.3, passagesPerSecond: 3300 },
  PGlite: { p50: NaN, p95: 30, ratio: 2.9, passagesPerSecond: 3300 },
};
const targets = { PostgreSQL: 50, PGlite: 20 };

const { values } = parseArgs({ options: { plans: { type: 'string', default: '2000' }, 'pglite-plans': { type: 'string', default: '200' }, backend: { type: 'string', default: 'both' }, database: { type: 'string' }, keep: { type: 'boolean', default: false }, 'order-beside': { type: 'boolean', default: false }, baseline: { type: 'string' } } });

const baselineSearch: typeof searchPlans | undefined = values.baseline
  ? (await import(join(resolve(values.baseline), 'src', 'services', 'index.ts'))).searchPlans
  : undefined;

const queries = [
  '户籍制度改革', '农业转移人口市民化', '常住人口城镇化率', '城市更新', '老旧小区改造', '公共服务', '居住证', '积分落户', '保障性租赁住房', '海绵城市',
  '智慧城市', '乡村振兴', '城乡融合', '特色小镇', '县城', '都市圈', '碳达峰', '生态环境', '绿色低碳', '数字经济',
  '营商环境', '高新技术产业', '研发经费', '义务教育', '养老服务', '医疗卫生', '托育', '住房保障', '交通基础设施', '轨道交通',
  '港产城融合', '一带一路', '自贸试验区', '产业园区', '人才', '就业', '社会保障', '文化', '体育', '安全',
  '"城镇基本公共服务"', '户籍 落户', '城市 更新 改造', '农村 土地', '空气质量', '森林覆盖率', '地下综合管廊', '历史文化', '专栏', '中心城区',
];

const plansDir = join(import.meta.dirname, '..', 'examples', 'plans');
const seeds = readdirSync(plansDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(plansDir, f), 'utf8').split(/\r?\n/).filter((l) => l.trim()));

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A seed with its regions renamed, numbers changed and paragraphs shuffled. */
function variant(i: number): string[] {
  const rnd = random(i + 1);
  const lines = seeds[i % seeds.length].map((l) => l.replace(/连云港|南通|泰州|海州/g, `样本${i}`).replace(/\d+(\.\d+)?/g, (n) => (Number(n) * (0.8 + rnd() * 0.4)).toFixed(n.includes('.') ? 2 : 0)));
  for (let j = lines.length - 1; j > 0; j--) {
    const k = Math.floor(rnd() * (j + 1));
    [lines[j], lines[k]] = [lines[k], lines[j]];
  }
  return lines;
}

async function buildCorpus(db: Database, count: number) {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const [region] = await db.query<{ id: number }>('INSERT INTO regions (name, full_name, level) VALUES ($1, $1, $2) RETURNING id', [`样本${i}市`, 'city']);
    const [plan] = await db.query<{ id: number }>(
      "INSERT INTO plans (region_id, title, kind, source_file, sha256, imported_by) VALUES ($1, $2, 'urbanization', $3, $4, 'bench') RETURNING id",
      [region.id, `样本${i}市“十四五”规划`, `bench-${i}.txt`, `bench-${i}`],
    );
    const lines = variant(i);
    await insertRows(db, 'paragraphs', ['plan_id', 'line', 'outline_path', 'text'], lines.map((text, n) => [plan.id, n + 1, `第${(n % 9) + 1}章`, text]));
  }
  return performance.now() - started;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/**
 * Wall time per query, and the process's CPU time per query: PGlite runs inside this process, so
 * its CPU time is the whole work of a query, unlike wall time on a machine shared with other work.
 * Several ways of answering take each query in turn, so each sees the same load.
 */
async function timeEach(...fns: Array<(q: string) => Promise<unknown>>) {
  const times = fns.map(() => [] as number[]);
  const cpu = fns.map(() => [] as number[]);
  for (const q of queries) for (const fn of fns) await fn(q); // warm-up
  for (const q of queries) {
    for (const [k, fn] of fns.entries()) {
      const t = performance.now();
      const c = process.cpuUsage();
      await fn(q);
      const used = process.cpuUsage(c);
      times[k].push(performance.now() - t);
      cpu[k].push((used.user + used.system) / 1000);
    }
  }
  return fns.map((_, k) => ({ p50: percentile(times[k], 50), p95: percentile(times[k], 95), cpuP50: percentile(cpu[k], 50), cpuP95: percentile(cpu[k], 95) }));
}

/**
 * The baseline: every paragraph read and tested for every word (no index), the matches counted
 * and the 20 densest kept — what a search without an index has to do to rank its results.
 */
async function linearScan(db: Database, q: string) {
  const query = parseQuery(q);
  const words = query.needles.map((n) => n.text);
  const where = words.map((_, i) => `text LIKE $${i + 1}`).join(' AND ');
  const rows = await db.query<{ plan_id: number; line: number; text: string }>(`SELECT plan_id, line, text FROM paragraphs WHERE ${where}`, words.map((w) => `%${w}%`));
  const density = (text: string) => words.reduce((n, w) => n + text.split(w).length - 1, 0) / text.length;
  return rows.sort((a, b) => density(b.text) - density(a.text)).slice(0, 20);
}

type Timings = Awaited<ReturnType<typeof timeEach>>[number];

/** PGlite's work in this process, whatever else the machine runs. */
const cpuFigures = (indexed: Timings, scan: Timings): Figure[] => [
  { label: '检索 CPU p50 / p95（进程内）', now: `${ms(indexed.cpuP50)} / ${ms(indexed.cpuP95)}`, baseline: `扫描 ${ms(scan.cpuP50)} / ${ms(scan.cpuP95)}` },
  { label: '倍数（CPU p95）', now: `${(scan.cpuP95 / indexed.cpuP95).toFixed(1)}×`, baseline: '' },
];

async function timeQueries(db: Database, title: string, name: 'PostgreSQL' | 'PGlite', build: Figure[], unordered?: Timings) {
  const [{ n, plans }] = await db.query<{ n: number; plans: number }>('SELECT count(*)::int AS n, count(DISTINCT plan_id)::int AS plans FROM paragraphs');
  const [indexed, scan] = await timeEach((q) => searchPlans(db, q, { limit: 20 }), (q) => linearScan(db, q));
  const base = before[name];
  printFigures(`${name}：${plans} 个规划，${n} 段${title}`, [
    ...build,
    { label: '检索 p50', now: ms(indexed.p50), baseline: `扫描 ${ms(scan.p50)}` },
    { label: '检索 p95', now: ms(indexed.p95), baseline: `扫描 ${ms(scan.p95)}；改前 ${base.p95} ms`, target: `< ${targets[name]} ms` },
    { label: '倍数（扫描 p95 / 检索 p95）', now: `${(scan.p95 / indexed.p95).toFixed(1)}×`, baseline: `改前 ${base.ratio}×`, target: '≥ 20×' },
    ...(name === 'PGlite' ? cpuFigures(indexed, scan) : []),
    ...(unordered ? beforeOrdering(indexed, unordered) : []),
  ]);
  if (baselineSearch) await besideBaseline(db, baselineSearch);
}

/** The same searches on the passages as indexed (before the rewrite in search order), timed earlier in this run. */
const beforeOrdering = (ordered: Timings, unordered: Timings): Figure[] => [
  { label: '重排前 检索 p50 / p95', now: `${ms(ordered.p50)} / ${ms(ordered.p95)}`, baseline: `${ms(unordered.p50)} / ${ms(unordered.p95)}` },
  { label: '重排前 CPU p50 / p95（进程内）', now: `${ms(ordered.cpuP50)} / ${ms(ordered.cpuP95)}`, baseline: `${ms(unordered.cpuP50)} / ${ms(unordered.cpuP95)}` },
];

/** This checkout's search and the baseline checkout's, query by query in turn: times, CPU, and whether they answer alike. */
async function besideBaseline(db: Database, other: typeof searchPlans) {
  const [mine, theirs] = await timeEach((q) => searchPlans(db, q, { limit: 20 }), (q) => other(db, q, { limit: 20 }));
  const key = (r: Awaited<ReturnType<typeof searchPlans>>) => JSON.stringify(r.hits.map((h) => [h.plan.id, h.kind, h.line, h.score]));
  let differ = 0;
  for (const q of queries) if (key(await searchPlans(db, q, { limit: 20 })) !== key(await other(db, q, { limit: 20 }))) differ++;
  printFigures(`与基线 ${values.baseline} 交替（同一数据库）`, [
    { label: '检索 p50 / p95', now: `${ms(mine.p50)} / ${ms(mine.p95)}`, baseline: `${ms(theirs.p50)} / ${ms(theirs.p95)}` },
    { label: '检索 CPU p50 / p95（进程内）', now: `${ms(mine.cpuP50)} / ${ms(mine.cpuP95)}`, baseline: `${ms(theirs.cpuP50)} / ${ms(theirs.cpuP95)}` },
    { label: '倍数（基线 p95 / 本次 p95）', now: `${(theirs.p95 / mine.p95).toFixed(2)}×（CPU ${(theirs.cpuP95 / mine.cpuP95).toFixed(2)}×）`, baseline: '' },
    { label: '结果不同的检索词', now: `${differ} / ${queries.length}`, baseline: '' },
  ]);
}

async function run(name: 'PostgreSQL' | 'PGlite', location: { url?: string; dataDir?: string }, count: number) {
  const db = await openDatabase(location);
  try {
    const loadMs = await buildCorpus(db, count);
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM paragraphs');
    const indexStart = performance.now();
    let orderingAt: number | undefined;
    const besideOrder = values['order-beside'];
    await indexPendingPlans(db, { onOrdering: () => (orderingAt = performance.now()), order: !besideOrder });
    let indexEnd = performance.now();
    const indexMs = (orderingAt ?? indexEnd) - indexStart;
    let unordered: Timings | undefined;
    if (besideOrder) {
      [unordered] = await timeEach((q) => searchPlans(db, q, { limit: 20 }));
      orderingAt = performance.now();
      await orderSearchPassages(db, n);
      indexEnd = performance.now();
    }
    await timeQueries(db, '', name, [
      { label: '语料写入', now: `${(loadMs / 1000).toFixed(1)} s`, baseline: '' },
      { label: '索引构建（段/s）', now: `${Math.round(n / (indexMs / 1000))}`, baseline: `≈${before[name].passagesPerSecond}（仅分词）` },
      { label: '按检索顺序重排（CLUSTER + ANALYZE）', now: orderingAt ? `${((indexEnd - orderingAt) / 1000).toFixed(1)} s` : '未重排', baseline: '' },
    ], unordered);
  } finally {
    await db.close();
  }
}

async function existing(target: string) {
  const postgres = /^postgres(ql)?:/.test(target);
  const db = await openDatabase(postgres ? { url: target } : { dataDir: target });
  try {
    await timeQueries(db, '（已有语料）', postgres ? 'PostgreSQL' : 'PGlite', []);
  } finally {
    await db.close();
  }
}

if (values.database) await existing(values.database);
else
  await onBackends(values.backend, {
    postgres: (location) => run('PostgreSQL', location, Number(values.plans)),
    pglite: (location) => run('PGlite', location, Number(values['pglite-plans'])),
  }, values.keep);
