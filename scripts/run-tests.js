#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 needs explicit paths),
// after starting a private PostgreSQL cluster on 127.0.0.1 when the server binaries are installed.
// `npm test -- FILE…` runs only those files.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, chownSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function findPostgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

function startPostgres() {
  const bin = findPostgresBin();
  if (!bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-pg-'));
  const port = 54329 + Math.floor(Math.random() * 500);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd) => {
    const result = asRoot ? spawnSync('su', ['postgres', '-c', cmd], { encoding: 'utf8' }) : spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd}\n${result.stdout}${result.stderr}`);
  };
  writeFileSync(join(dir, 'pw'), 'pw\n');
  if (asRoot) {
    const pg = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const uid = Number(pg.stdout.trim());
    chownSync(dir, uid, uid);
    chownSync(join(dir, 'pw'), uid, uid);
  }
  try {
    run(`${bin}/initdb -D ${dir}/data -U postgres --auth-host=scram-sha-256 --auth-local=trust --pwfile=${dir}/pw -E UTF8 --locale=C.UTF-8 >/dev/null`);
    run(`${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -w -o "-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c max_connections=200 -c fsync=off" start >/dev/null`);
  } catch (error) {
    console.error(`无法启动测试用 PostgreSQL：${error.message}`);
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return { url: `postgres://postgres:pw@127.0.0.1:${port}/postgres`, stop: () => { try { run(`${bin}/pg_ctl -D ${dir}/data -m fast stop >/dev/null`); } catch {} rmSync(dir, { recursive: true, force: true }); } };
}

const requested = process.argv.slice(2);
const files = (requested.length ? requested : [...findTests(join(root, 'src')), ...findTests(join(root, 'test'))]).sort();
if (files.length === 0) {
  console.error('没有找到测试文件');
  process.exit(1);
}

const postgres = startPostgres();
const env = { ...process.env, TZ: 'Asia/Shanghai' };
if (postgres) env.PLANTRACK_TEST_DATABASE_URL = postgres.url;
else console.log('# PostgreSQL 未安装（apt-get install postgresql）：依赖 PostgreSQL 的测试将跳过' + (process.env.CI === 'true' ? '，CI 下视为失败' : ''));

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { env, stdio: 'inherit', cwd: root });
const stop = () => postgres?.stop();
process.on('SIGINT', () => child.kill('SIGINT'));
child.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
