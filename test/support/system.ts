import { existsSync } from 'node:fs';
import type { TestContext } from 'node:test';
import pg from 'pg';

/**
 * A test that needs a system package (PostgreSQL, Chromium, LibreOffice) skips with a message
 * locally and fails under CI=true, where .ci/run must have installed it.
 */
export function requireSystem(t: TestContext, available: boolean, what: string): boolean {
  if (available) return true;
  const message = `${what} 未安装，跳过此测试`;
  if (process.env.CI === 'true') throw new Error(`${message}（CI 下必须安装）`);
  t.skip(message);
  return false;
}

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = () => existsSync(chromiumPath);
export const hasLibreOffice = () => existsSync('/usr/bin/libreoffice') || existsSync('/usr/bin/soffice');
/** poppler-utils' `pdftotext`, which users run on published PDF plans before pasting the text. */
export const hasPdftotext = () => existsSync('/usr/bin/pdftotext');

let counter = 0;

/** A fresh, empty database on the test PostgreSQL server (started by scripts/run-tests.js). */
export async function createTestDatabase(t: TestContext): Promise<string | undefined> {
  const adminUrl = process.env.PLANTRACK_TEST_DATABASE_URL;
  if (!requireSystem(t, Boolean(adminUrl), 'PostgreSQL 服务器（apt-get install postgresql）')) return undefined;
  const name = `t_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}
