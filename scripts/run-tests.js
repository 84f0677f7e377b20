#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 needs explicit paths),
// after starting a private PostgreSQL cluster on 127.0.0.1 when the server binaries are installed.
// `npm test -- FILE…` runs only those files.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres } from './private-postgres.js';

const root = new URL('..', import.meta.url).pathname;

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
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
