import { test, type TestContext } from 'node:test';
import { openDatabase, type Database, type DatabaseLocation } from '../../src/storage/index.ts';
import { createTestDatabase } from '../support/system.ts';

export type Backend = 'PGlite' | 'PostgreSQL';

/** Where a fresh, empty database of this back end is; undefined when the test was skipped. */
export async function freshLocation(t: TestContext, backend: Backend): Promise<DatabaseLocation | undefined> {
  if (backend === 'PGlite') return { dataDir: 'memory://' };
  const url = await createTestDatabase(t);
  return url ? { url } : undefined;
}

/** The storage contract: each test runs on PGlite and on a real PostgreSQL server. */
export function contractTest(name: string, fn: (db: Database, t: TestContext, backend: Backend) => Promise<void>): void {
  for (const backend of ['PGlite', 'PostgreSQL'] as const) {
    test(`${backend}: ${name}`, async (t) => {
      const location = await freshLocation(t, backend);
      if (!location) return;
      const db = await openDatabase(location);
      try {
        await fn(db, t, backend);
      } finally {
        await db.close();
      }
    });
  }
}

/** Rows per table, for "nothing changed" assertions. */
export async function tableCounts(db: Database, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return counts;
}

export const planTables = ['regions', 'plans', 'outline_nodes', 'paragraphs', 'indicator_tables', 'indicators', 'text_targets', 'boxes', 'box_items', 'corrections', 'audit_log'];
