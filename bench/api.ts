// npm run bench:api [-- --regions 3000 --pglite-regions 200 --indicators 60 --years 6 --requests 3000 --concurrency 8 --backend both|postgres|pglite
//                      --profile DIR --baseline CHECKOUT]
// Loads a national-scale database (regions × indicators × years of values), starts `plantrack serve` in a
// child process on 127.0.0.1 and drives the main read routes from this process: p50/p99, requests/s,
// and the server's peak RSS. --profile DIR: the server writes a V8 CPU profile there (node --cpu-prof) when it stops.
// --baseline CHECKOUT (PostgreSQL only): a second `plantrack serve` from another checkout (e.g. a worktree of the
// commit before a change) on the same database; each route is driven on both, in turns, so both columns share
// one load.
// Not part of `npm test` or .ci/run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { indicatorKeyOf } from '../src/domain/catalog/index.ts';
import type { Indicator, PlanExtract } from '../src/domain/index.ts';
import { readDocument } from '../src/readers/index.ts';
import { extractFile, listCatalog, storePlan } from '../src/services/index.ts';
import { refreshSummaries } from '../src/services/overview-summaries.ts';
import { insertRows, openDatabase, type Database, type DatabaseLocation } from '../src/storage/index.ts';
import { onBackends } from './backends.ts';
import { machineLoad, ms, printFigures, type Figure } from './figures.ts';

/** p99 measured before this work (issue 13, a loaded run, 3,000 regions on PostgreSQL). */
const before: Record<string, string> = {
  'GET /api/overview': 'p50 630 ms p99 2.0 s',
  'GET /api/dashboard': '每次读取评估全部规划',
  'GET /api/plans/{id}/indicators': 'p99 380 ms',
  'GET /api/plans/{id}/evaluation': 'p99 789 ms',
  'GET /api/observations?region&indicator': 'p99 472 ms',
  precompute: '88 s',
  rss: '582 MB（PGlite 625 MB）',
};

const { values } = parseArgs({
  options: {
    regions: { type: 'string', default: '3000' },
    'pglite-regions': { type: 'string', default: '200' },
    indicators: { type: 'string', default: '60' },
    years: { type: 'string', default: '6' },
    requests: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '8' },
    backend: { type: 'string', default: 'both' },
    profile: { type: 'string' },
    baseline: { type: 'string' },
  },
});
const root = new URL('..', import.meta.url).pathname;
const seedFile = join(root, 'examples/plans/000_6672659702fb4163.txt');

/** The seed plan, renamed for region i and widened to n indicators (copies of its rows). */
function planFor(base: PlanExtract, i: number, n: number): PlanExtract {
  const region = `基准${i}市`;
  const rows = base.indicators.filter((x) => x.target);
  const indicators: Indicator[] = Array.from({ length: n }, (_, k) => {
    const row = rows[k % rows.length];
    return { ...row, name: k < rows.length ? row.name : `${row.name}（${Math.floor(k / rows.length)}）` };
  });
  const sha256 = createHash('sha256').update(`${region}:${n}`).digest('hex');
  return { ...base, source: { ...base.source, sha256, file: `${region}.txt` }, plan: { ...base.plan, region, title: `${region}“十四五”新型城镇化规划`, parentRegion: null }, indicators, textTargets: [], boxes: [] };
}

async function load(db: Database, regions: number, n: number, years: number) {
  const started = Date.now();
  const source = await readDocument(seedFile);
  const base = await extractFile(seedFile);
  const ids: number[] = [];
  for (let i = 0; i < regions; i += 50) {
    await db.transaction(async (tx) => {
      for (let j = i; j < Math.min(regions, i + 50); j++) ids.push((await storePlan(tx, source, planFor(base, j, n), { by: 'bench' })).planId!);
    });
  }
  const catalog = await listCatalog(db);
  const regionRows = await db.query<{ id: number; name: string }>("SELECT id, name FROM regions WHERE name LIKE '基准%'");
  const names = planFor(base, 0, n).indicators.map((x) => ({ name: x.name, key: indicatorKeyOf(x.name, catalog), base: x.baseline?.value ?? 50 }));
  const rows: unknown[][] = [];
  for (const region of regionRows) {
    for (const x of names) {
      for (let y = 0; y < years; y++) {
        rows.push([region.id, x.key.entry?.id ?? null, x.key.key, 2020 + y, Math.round((x.base * (1 + 0.02 * y) + (region.id % 7) / 10) * 100) / 100, x.name, 'bench', new Date()]);
      }
    }
    if (rows.length >= 20000) await flush(db, rows.splice(0));
  }
  await flush(db, rows);
  console.log(`  载入 ${regions} 个地区 × ${n} 项指标 × ${years} 年（${regionRows.length * names.length * years} 个值）用时 ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return ids;
}

const flush = (db: Database, rows: unknown[][]) =>
  insertRows(db, 'observations', ['region_id', 'catalog_id', 'indicator_key', 'year', 'value', 'indicator_name', 'entered_by', 'entered_at'], rows as never, undefined);

/** `plantrack serve` in a child process; resolves with its URL and pid. */
function serve(location: DatabaseLocation, checkout = root) {
  const profile = values.profile && checkout === root ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [];
  const args = [...profile, join(checkout, 'bin/plantrack.js'), 'serve', '--port', '0', '--host', '127.0.0.1', ...(location.dataDir ? ['--data', location.dataDir] : [])];
  const child = spawn(process.execPath, args, { cwd: checkout, env: { ...process.env, PLANTRACK_DATABASE_URL: location.url ?? '' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<{ url: string; pid: number; stop: () => void }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/已启动：(http:\/\/\S+?)\/?\n/);
      if (match) resolve({ url: match[1], pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`serve 退出 ${code}：${out}`)));
  });
}

const peakRss = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function drive(url: string, paths: () => string, count: number, concurrency: number) {
  const times: number[] = [];
  const started = performance.now();
  let next = 0;
  let failed = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      next++;
      const t0 = performance.now();
      try {
        const response = await fetch(url + paths());
        await response.arrayBuffer();
        if (!response.ok) failed++;
      } catch {
        failed++; // a connection reset under a heavy machine load counts as a failed request, not the end of the run
      }
      times.push(performance.now() - t0);
    }
  }));
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { times, p50: at(0.5), p99: at(0.99), rps: (count / (performance.now() - started)) * 1000, failed };
}

async function run(name: string, location: DatabaseLocation, regions: number) {
  console.log(`\n== ${name}：${regions} 个地区，载入中（${machineLoad()}）==`);
  const db = await openDatabase(location);
  let ids: number[];
  let precompute: number;
  try {
    ids = await load(db, regions, Number(values.indicators), Number(values.years));
    // the plans were marked stale by their import; the batch a bulk load ends with evaluates them once
    const started = performance.now();
    await refreshSummaries(db);
    precompute = performance.now() - started;
  } finally {
    await db.close();
  }
  const server = await serve(location);
  const baseline = values.baseline && location.url ? await serve(location, values.baseline) : undefined;
  try {
    const pick = () => ids[Math.floor(Math.random() * ids.length)];
    const figures: Figure[] = [{ label: '总览预计算（写入后批量评估全部规划）', now: `${(precompute / 1000).toFixed(1)} s`, baseline: before.precompute }];
    const routes: Array<[string, () => string]> = [
      ['GET /api/overview', () => '/api/overview'],
      ['GET /api/dashboard', () => '/api/dashboard'],
      ['GET /api/plans/{id}/indicators', () => `/api/plans/${pick()}/indicators`],
      ['GET /api/plans/{id}/evaluation', () => `/api/plans/${pick()}/evaluation`],
      ['GET /api/observations?region&indicator', () => `/api/observations?region=${encodeURIComponent(`基准${Math.floor(Math.random() * regions)}市`)}&indicator=${encodeURIComponent('常住人口城镇化率')}`],
    ];
    const timed = async (url: string, path: () => string, count: number) => {
      const r = await drive(url, path, count, Number(values.concurrency));
      return { ...r, text: `p50 ${ms(r.p50)} p99 ${ms(r.p99)}` };
    };
    for (const [label, path] of routes) {
      const count = Number(values.requests);
      // in turns (half, half, half, half), so that both servers meet the same load
      const halves = baseline ? [await timed(baseline.url, path, count / 2), await timed(server.url, path, count / 2)] : [];
      const r = baseline ? merge(halves[1], await timed(server.url, path, count / 2)) : await timed(server.url, path, count);
      const b = baseline ? merge(halves[0], await timed(baseline.url, path, count / 2)) : undefined;
      figures.push({ label: `${label}（${r.rps.toFixed(0)} 请求/s${r.failed ? `，失败 ${r.failed}` : ''}）`, now: r.text, baseline: b ? `${b.text}（同时）` : before[label], target: 'p99 < 50 ms' });
    }
    const rss = baseline ? `${peakRss(baseline.pid).toFixed(0)} MB（同时）` : before.rss;
    figures.push({ label: '服务器峰值 RSS', now: `${peakRss(server.pid).toFixed(0)} MB`, baseline: rss, target: '< 300 MB' });
    printFigures(`${name}：${regions} 个地区，${values.concurrency} 个并发客户端${baseline ? `；基线 = ${values.baseline}` : ''}`, figures);
  } finally {
    server.stop();
    baseline?.stop();
  }
}

type Timing = Awaited<ReturnType<typeof drive>> & { text: string };

/** Two halves of one route's requests as one figure (percentiles from both halves' samples). */
function merge(a: Timing, b: Timing): Timing {
  const times = [...a.times, ...b.times].sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const rps = 2 / (1 / a.rps + 1 / b.rps);
  return { times, p50: at(0.5), p99: at(0.99), rps, failed: a.failed + b.failed, text: `p50 ${ms(at(0.5))} p99 ${ms(at(0.99))}` };
}

await onBackends(values.backend, {
  postgres: (location) => run('PostgreSQL', location, Number(values.regions)),
  pglite: (location) => run('PGlite', location, Number(values['pglite-regions'])),
});
