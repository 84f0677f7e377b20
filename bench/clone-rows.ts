// Copies of every stored plan with all its rows, made by INSERT … SELECT (one statement per table for a
// batch of copies) instead of storing each copy through the import path. Copy c of a row whose id is i
// gets i + c × the table's largest id (its stride), and a reference to a copied table is shifted by that
// table's stride, so every copy points inside itself. The tables come from the schema's foreign keys:
// regions, plans and every table that refers to a plan, directly or through another copied table.
import type { Database, Sql } from '../src/storage/index.ts';

/** Rows the overview refresh computes from the rest (refreshSummaries fills them for the copies). */
const derived = new Set(['plan_summaries', 'plan_dashboard_entries']);
/** Copies per transaction: a progress step, and a bounded transaction. */
const copiesPerStep = 25;

interface Reference {
  readonly table: string;
  readonly column: string;
  readonly target: string;
}

/** A column's value in copy `c` as SQL over the source row; `stride(t)` is table t's id stride. */
export type Rewrite = (stride: (table: string) => number) => string;

export interface CloneOptions {
  /** SQL of the columns that must differ between copies (names, unique hashes): `table.column` → expression in `c` */
  readonly rewrites: Record<string, Rewrite>;
  /** tables left out (with the tables that refer to them) */
  readonly skip?: readonly string[];
  readonly onProgress: (done: number) => void;
}

/** Adds `copies` copies of everything stored: regions, plans and their rows. */
export async function cloneAll(db: Database, copies: number, { rewrites, skip = [], onProgress }: CloneOptions): Promise<void> {
  const references = await foreignKeys(db);
  const tables = copiedTables(references, new Set([...derived, ...skip]));
  const columns = new Map<string, string[]>();
  const strides = new Map<string, number>();
  for (const table of tables) {
    columns.set(table, await columnsOf(db, table));
    if (columns.get(table)!.includes('id')) strides.set(table, (await db.query<{ top: number | null }>(`SELECT max(id)::int AS top FROM ${table}`))[0].top ?? 0);
  }
  const stride = (table: string) => strides.get(table) ?? 0;
  const statements = tables.map((table) => copyStatement(table, columns.get(table)!, references, rewrites, stride));
  for (let from = 1; from <= copies; from += copiesPerStep) {
    const to = Math.min(copies, from + copiesPerStep - 1);
    await db.transaction(async (tx) => {
      for (const text of statements) await tx.query(text, [from, to]);
    });
    onProgress(to);
  }
  for (const table of strides.keys()) await resetSequence(db, table);
}

/** INSERT … SELECT of the original rows (ids within the stride) for copies $1 … $2. */
function copyStatement(table: string, columns: readonly string[], references: readonly Reference[], rewrites: Record<string, Rewrite>, stride: (t: string) => number): string {
  const shifted = new Map(references.filter((r) => r.table === table).map((r) => [r.column, r.target]));
  const value = (column: string) => {
    const rewrite = rewrites[`${table}.${column}`];
    if (rewrite) return rewrite(stride);
    if (column === 'id') return `src.id + c * ${stride(table)}`;
    const target = shifted.get(column);
    return target ? `src.${column} + c * ${stride(target)}` : `src.${column}`;
  };
  // the original rows only: a copy made by an earlier step has a larger id (or refers to larger ids)
  const key = columns.includes('id') ? ['id', table] : [...shifted].find(([, target]) => stride(target) > 0);
  if (!key) throw new Error(`bench：无法复制表 ${table}（没有 id，也没有指向已复制表的外键）`);
  return `INSERT INTO ${table} (${columns.join(', ')})
    SELECT ${columns.map(value).join(', ')} FROM ${table} AS src, generate_series($1::int, $2::int) AS c
    WHERE src.${key[0]} <= ${stride(key[1])}`;
}

/** regions, plans, then every table referring to a copied one, each after the tables it refers to. */
function copiedTables(references: readonly Reference[], skip: ReadonlySet<string>): string[] {
  const copied = new Set(['plans']);
  for (let grown = true; grown; ) {
    grown = false;
    for (const r of references) {
      if (copied.has(r.table) || skip.has(r.table) || r.table === 'regions' || !copied.has(r.target)) continue;
      copied.add(r.table);
      grown = true;
    }
  }
  const order = ['regions'];
  while (order.length <= copied.size) {
    const next = [...copied].find((t) => !order.includes(t)
      && references.every((r) => r.table !== t || r.target === t || order.includes(r.target) || !copied.has(r.target)));
    if (!next) throw new Error(`bench：复制的表互相引用，无法排序：${[...copied].filter((t) => !order.includes(t)).join('、')}`);
    order.push(next);
  }
  return order;
}

async function foreignKeys(sql: Sql): Promise<Reference[]> {
  return sql.query<Reference>(
    `SELECT cl.relname AS table, a.attname AS column, rf.relname AS target
     FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_class rf ON rf.oid = co.confrelid
     JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = co.conkey[1]
     WHERE co.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace AND array_length(co.conkey, 1) = 1`,
  );
}

async function columnsOf(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1
       AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

async function resetSequence(sql: Sql, table: string): Promise<void> {
  await sql.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
}
