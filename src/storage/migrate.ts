import type { Database, Sql } from './database.ts';
import { migrations } from './migrations/index.ts';

export interface Migration {
  /** unique, sortable: '001-plans' */
  readonly id: string;
  up(sql: Sql): Promise<void>;
}

/** Applies every migration not yet applied, each in its own transaction. Keep SQL within PostgreSQL 15. */
export async function migrate(db: Database): Promise<void> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied = new Set((await db.query<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
  for (const migration of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
    if (applied.has(migration.id)) continue;
    await db.transaction(async (tx) => {
      await migration.up(tx);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
    });
  }
}
