// npm run bench:api [-- --regions 3000 --pglite-regions 200 --indicators 60 --years 6 --requests 3000 --concurrency 8 --backend both|postgres|pglite
//                      --profile DIR --baseline CHECKOUT --database URL|DIR --routes overview,indicators]
// Builds a national-scale database (regions × indicators × years of values; bench/api-corpus.ts), starts `plantrack serve` in a
// child process on 127.0.0.1 and drives the main read routes from this process: p50/p99, requests/s,
// the server's CPU time per request and its peak RSS. --profile DIR: the server writes a V8 CPU profile there (node --cpu-prof) when it stops.
// --database postgres://…/db | DIR: build the corpus there when the database is empty, reuse it when it holds one of
// this size (nothing is dropped), so a national-size run can be repeated without building again.
// --baseline CHECKOUT (PostgreSQL only): a second `plantrack serve` from another checkout (e.g. a worktree of the
// commit before a change) on the same database; each route is driven on both, in turns, so both columns share
// one load.
// --routes: only the routes whose path contains one of these words. --precompute N: the overview precomputation of
// N plans timed on the corpus (their regions marked stale, then refreshed), beside the baseline checkout's in the same run.
// Not part of `npm test` or .ci/run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database, type DatabaseLocation } from '../src/storage/index.ts';
import { markRegionsStale } from '../src/storage/plan-summaries.ts';
import { refreshSummaries } from '../src/services/overview-summaries.ts';
import { ensureCorpus, type Corpus } from './api-corpus.ts';
import { onBackends } from './backends.ts';
import { machineLoad, ms, printFigures, type Figure } from './figures.ts';

/** p99 measured before this work (issue 13, a loaded run, 3,000 regions on PostgreSQL). */
const before: Record<string, string> = {
  'GET /api/overview': 'p50 630 ms p99 2.0 s',
  'GET /api/dashboard': '每次读取评估全部规划',
  'GET /api/dashboard/warnings?offset': '每页重新汇总整个总览',
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
    database: { type: 'string' },
    routes: { type: 'string' },
    precompute: { type: 'string', default: '0' },
  },
});
const root = new URL('..', import.meta.url).pathname;

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

/** CPU time (user + system) the process has used so far, in ms (clock ticks of 10 ms). */
const cpuTime = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const peakRss = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const keepAlive = new Agent({ keepAlive: true });

/**
 * One request as a browser makes it (Accept-Encoding: gzip, kept-alive connection), timed to the answer's
 * last byte as sent, the way load tools such as autocannon and wrk time it: inflating a compressed answer is
 * the client's work on its own machine, and here it would take the cores the servers measured share.
 */
const fetchAsSent = (url: string) =>
  new Promise<boolean>((resolve, reject) => {
    get(url, { agent: keepAlive, headers: { 'accept-encoding': 'gzip' } }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve((response.statusCode ?? 500) < 400));
      response.on('error', reject);
    }).on('error', reject);
  });

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
        if (!(await fetchAsSent(url + paths()))) failed++;
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
  let corpus: Corpus;
  let refresh: Figure | undefined;
  try {
    corpus = await ensureCorpus(db, { regions, indicators: Number(values.indicators), years: Number(values.years) }, (line) => console.log(line));
    if (Number(values.precompute)) refresh = await timeRefresh(db, corpus.planIds.slice(0, Number(values.precompute)), values.baseline);
  } finally {
    await db.close();
  }
  const ids = corpus.planIds;
  regions = corpus.regions;
  const server = await serve(location);
  const baseline = values.baseline && location.url ? await serve(location, values.baseline) : undefined;
  try {
    const pick = () => ids[Math.floor(Math.random() * ids.length)];
    const figures: Figure[] = [
      { label: '建立语料（存入 4 个规划，SQL 复制，批量载入值）', now: corpus.buildSeconds === undefined ? '沿用 --database' : `${corpus.buildSeconds.toFixed(0)} s`, baseline: '导入路径约 1 h（3,000 个地区）' },
      { label: '总览预计算（写入后批量评估全部规划）', now: `${corpus.precomputeSeconds.toFixed(1)} s`, baseline: before.precompute },
      ...(refresh ? [refresh] : []),
    ];
    const routes: Array<[string, () => string]> = [
      ['GET /api/overview', () => '/api/overview'],
      ['GET /api/dashboard', () => '/api/dashboard'],
      // the pages a 总览 shows one after another (显示更多): the whole 总览 must not be assembled for each
      ['GET /api/dashboard/warnings?offset', () => `/api/dashboard/warnings?offset=${100 * Math.floor(Math.random() * 50)}&limit=100`],
      ['GET /api/plans/{id}/indicators', () => `/api/plans/${pick()}/indicators`],
      ['GET /api/plans/{id}/evaluation', () => `/api/plans/${pick()}/evaluation`],
      ['GET /api/observations?region&indicator', () => `/api/observations?region=${encodeURIComponent(`基准${Math.floor(Math.random() * regions)}市`)}&indicator=${encodeURIComponent('常住人口城镇化率')}`],
    ];
    const timed = async (target: { url: string; pid: number }, path: () => string, count: number) => {
      const cpu = cpuTime(target.pid);
      const r = await drive(target.url, path, count, Number(values.concurrency));
      return { ...r, cpu: (cpuTime(target.pid) - cpu) / count, text: '' };
    };
    const chosen = values.routes?.split(',');
    for (const [label, path] of routes.filter(([label]) => !chosen || chosen.some((word) => label.includes(word)))) {
      const count = Number(values.requests);
      // in turns (half, half, half, half), so that both servers meet the same load
      const halves = baseline ? [await timed(baseline, path, count / 2), await timed(server, path, count / 2)] : [];
      const r = baseline ? merge(halves[1], await timed(server, path, count / 2)) : described(await timed(server, path, count));
      const b = baseline ? merge(halves[0], await timed(baseline, path, count / 2)) : undefined;
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

/** The precomputation of these plans (marked stale as a bulk load of their regions marks them), this checkout's then the baseline's. */
async function timeRefresh(db: Database, planIds: readonly number[], baseline: string | undefined): Promise<Figure> {
  const time = async (refresh: typeof refreshSummaries) => {
    const regions = await db.query<{ id: number }>('SELECT DISTINCT region_id AS id FROM plans WHERE id = ANY($1::int[])', [planIds]);
    await markRegionsStale(db, regions.map((r) => r.id));
    const started = performance.now();
    const done = await refresh(db);
    return `${(done / ((performance.now() - started) / 1000)).toFixed(1)} 个规划/s（${done} 个）`;
  };
  const now = await time(refreshSummaries);
  const before = baseline ? `${await time((await import(join(baseline, 'src/services/overview-summaries.ts'))).refreshSummaries)}（同时）` : '≈ 4.5 个规划/s（3,000 个规划 664 s）';
  return { label: `总览预计算（${planIds.length} 个规划重新评估，${machineLoad()}）`, now, baseline: before };
}

type Timing = Awaited<ReturnType<typeof drive>> & { text: string; cpu: number };

/** p50, p99 and the server's CPU time per request (its own process: PostgreSQL's work is not in it, PGlite's is). */
const described = (t: Timing): Timing => ({ ...t, text: `p50 ${ms(t.p50)} p99 ${ms(t.p99)} CPU ${ms(t.cpu)}` });

/** Two halves of one route's requests as one figure (percentiles from both halves' samples). */
function merge(a: Timing, b: Timing): Timing {
  const times = [...a.times, ...b.times].sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const rps = 2 / (1 / a.rps + 1 / b.rps);
  return described({ times, p50: at(0.5), p99: at(0.99), rps, failed: a.failed + b.failed, cpu: (a.cpu + b.cpu) / 2, text: '' });
}

if (values.database) {
  const postgres = /^postgres(ql)?:/.test(values.database);
  await run(postgres ? 'PostgreSQL' : 'PGlite', postgres ? { url: values.database } : { dataDir: values.database }, Number(values[postgres ? 'regions' : 'pglite-regions']));
} else await onBackends(values.backend, {
  postgres: (location) => run('PostgreSQL', location, Number(values.regions)),
  pglite: (location) => run('PGlite', location, Number(values['pglite-regions'])),
});
