// The back ends a benchmark runs on: a fresh database on PLANTRACK_DATABASE_URL's server or on a
// private cluster (Debian's postgresql), and a PGlite data folder in a temporary directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseLocation } from '../src/storage/index.ts';
// @ts-expect-error plain JS helper shared with the test runner
import { startPostgres } from '../scripts/private-postgres.js';

export type BackendChoice = 'both' | 'postgres' | 'pglite' | string | undefined;

/**
 * Runs fn on a fresh PostgreSQL database, dropped afterwards unless `keep` (then its URL is printed, to time
 * it again with `--database`: a 2,000-plan corpus takes minutes to build); says so and skips without a server.
 */
export async function withPostgres(fn: (location: DatabaseLocation) => Promise<void>, keep = false): Promise<void> {
  const cluster = process.env.PLANTRACK_DATABASE_URL ? undefined : startPostgres();
  const adminUrl: string | undefined = process.env.PLANTRACK_DATABASE_URL ?? cluster?.url;
  if (!adminUrl) return console.log('PostgreSQL：跳过（apt-get install postgresql，或设置 PLANTRACK_DATABASE_URL）');
  const name = `plantrack_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await fn({ url: url.toString() });
  } finally {
    if (keep && !cluster) console.log(`保留的数据库：${url.toString()}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => {});
    await admin.end();
    cluster?.stop();
  }
}

/** Runs fn on a PGlite data folder in a temporary directory, removed afterwards. */
export async function withPgliteFolder(fn: (location: DatabaseLocation) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-bench-'));
  try {
    await fn({ dataDir: join(dir, 'data') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL first, then PGlite, as --backend both|postgres|pglite chooses. */
export async function onBackends(
  choice: BackendChoice, run: { postgres: (l: DatabaseLocation) => Promise<void>; pglite: (l: DatabaseLocation) => Promise<void> }, keep = false,
): Promise<void> {
  if (choice !== 'pglite') await withPostgres(run.postgres, keep);
  if (choice !== 'postgres') await withPgliteFolder(run.pglite);
}
