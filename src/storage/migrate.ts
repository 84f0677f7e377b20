import type { Database, Sql } from './database.ts';
import { migrations } from './migrations/index.ts';
import { ensureSearchFunction } from './search-function.ts';

export interface Migration {
  /** unique, sortable: '001-plans' */
  readonly id: string;
  /** a later-numbered migration whose tables this one changes: it runs right after that one */
  readonly after?: string;
  up(sql: Sql): Promise<void>;
}

/** Applies every migration not yet applied, each in its own transaction. Keep SQL within PostgreSQL 15. */
export async function migrate(db: Database): Promise<void> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied = new Set((await db.query<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
  for (const migration of inOrder(migrations)) {
    if (applied.has(migration.id)) continue;
    await db.transaction(async (tx) => {
      await migration.up(tx);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
    });
  }
  await db.transaction((tx) => ensureSearchFunction(tx));
}

/** By id, except that a migration naming `after` runs right after that one (a number range's table changed by another range). */
export function inOrder(list: readonly Migration[]): Migration[] {
  const sorted = [...list].sort((a, b) => a.id.localeCompare(b.id));
  const ordered: Migration[] = [];
  const place = (m: Migration) => {
    ordered.push(m);
    for (const next of sorted.filter((d) => d.after === m.id)) place(next);
  };
  for (const m of sorted.filter((m) => !m.after)) place(m);
  const lost = sorted.filter((m) => !ordered.includes(m)).map((m) => `${m.id} → ${m.after}`);
  if (lost.length) throw new Error(`migrations run after one that does not exist: ${lost.join(', ')}`);
  return ordered;
}
