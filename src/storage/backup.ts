import type { Database, Sql } from './database.ts';

/** Every table's rows as JSON, exactly as stored (to_jsonb keeps µs timestamps, numbers and jsonb). */
export type TableRows = Record<string, Record<string, unknown>[]>;

/** Application tables in the public schema, by name (schema_migrations excluded). */
export async function listTables(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY table_name`,
  );
  return rows.map((r) => r.name).sort();
}

export async function appliedMigrations(sql: Sql): Promise<string[]> {
  return (await sql.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')).map((r) => r.id);
}

async function primaryKey(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql.query<{ column: string }>(
    `SELECT a.attname AS "column" FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [quote(table)],
  );
  return rows.map((r) => r.column);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** All rows of every table, each table in primary-key order (stable across back ends). */
export async function exportTables(sql: Sql): Promise<TableRows> {
  const out: TableRows = {};
  for (const table of await listTables(sql)) {
    const key = await primaryKey(sql, table);
    const order = key.length ? key.map((c) => `t.${quote(c)}`).join(', ') : 'to_jsonb(t)::text';
    const rows = await sql.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(t) AS row FROM ${quote(table)} t ORDER BY ${order}`);
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

/** Number of rows per table. */
export async function countRows(sql: Sql, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`))[0].n;
  return counts;
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function insertOrder(sql: Sql, tables: readonly string[]): Promise<string[]> {
  const edges = await sql.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const e of edges) if (e.child === table && e.parent !== table) visit(e.parent, path);
    ordered.push(table);
  };
  for (const table of [...tables].sort()) visit(table, new Set());
  return ordered.filter((t) => tables.includes(t));
}

async function insertableColumns(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

/** Empties every table and loads `data` into them, in one transaction; sequences continue after the restored ids. */
export async function restoreTables(db: Database, data: TableRows): Promise<void> {
  await db.transaction(async (tx) => {
    const tables = await listTables(tx);
    if (tables.length) await tx.query(`TRUNCATE ${tables.map(quote).join(', ')} RESTART IDENTITY CASCADE`);
    for (const table of await insertOrder(tx, tables)) {
      const rows = data[table] ?? [];
      const columns = (await insertableColumns(tx, table)).map(quote).join(', ');
      for (let start = 0; start < rows.length; start += 1000) {
        const batch = JSON.stringify(rows.slice(start, start + 1000));
        await tx.query(`INSERT INTO ${quote(table)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)`, [batch]);
      }
      await resetSequences(tx, table);
    }
  });
}

async function resetSequences(sql: Sql, table: string): Promise<void> {
  const serials = await sql.query<{ column: string; sequence: string }>(
    `SELECT column_name AS "column", pg_get_serial_sequence($1, column_name) AS sequence FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $2 AND pg_get_serial_sequence($1, column_name) IS NOT NULL`,
    [quote(table), table],
  );
  for (const { column, sequence } of serials) {
    await sql.query(`SELECT setval($1, COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`, [sequence]);
  }
}
