import type { PGlite } from '@electric-sql/pglite';
import { AppError } from '../domain/index.ts';
import { acquireDataFolderLock } from './data-folder-lock.ts';

export type SqlParam = string | number | boolean | null | Date | Uint8Array | readonly unknown[] | Record<string, unknown>;

/** The one query layer: parameterised SQL ($1, $2 …) that runs the same on PGlite and PostgreSQL. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly SqlParam[], options?: QueryOptions): Promise<Row[]>;
}

export interface QueryOptions {
  /**
   * PostgreSQL prepares the statement under this name once per connection and reuses its plan: for the hot reads
   * of the API whose planning costs more than running them (a plan's indicator table: ~6 ms planned, ~4 ms run).
   * The text under one name must never change (a fixed string, no values spliced in). PGlite ignores it.
   */
  readonly prepare?: string;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** runs fn in one transaction; rolls back when it throws */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseLocation {
  /** PostgreSQL URL (PLANTRACK_DATABASE_URL); wins over dataDir */
  readonly url?: string;
  /** PGlite data folder; 'memory://' for a throwaway database */
  readonly dataDir?: string;
}

/** Where the database is, from flags and environment: --data, PLANTRACK_DATA, PLANTRACK_DATABASE_URL. */
export function locateDatabase(options: { data?: string; env: NodeJS.ProcessEnv; cwd: string }): DatabaseLocation {
  const url = options.env.PLANTRACK_DATABASE_URL;
  if (url && !options.data) return { url };
  const dir = options.data ?? options.env.PLANTRACK_DATA ?? 'plantrack-data';
  return { dataDir: dir.startsWith('memory://') || dir.startsWith('/') ? dir : `${options.cwd}/${dir}` };
}

/** Opens the database without migrating it (see openStore for the usual entry). */
export async function connectDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.url) return connectPostgres(location.url);
  return connectPglite(location.dataDir ?? 'memory://');
}

async function connectPglite(dataDir: string): Promise<Database> {
  // each driver loads only when used: a server on PostgreSQL never holds PGlite's code, and the reverse
  const { PGlite } = await import('@electric-sql/pglite');
  const release = dataDir.startsWith('memory://') ? () => {} : acquireDataFolderLock(dataDir);
  let db: PGlite;
  try {
    db = dataDir.startsWith('memory://') ? new PGlite() : new PGlite(dataDir);
    await db.waitReady;
  } catch (error) {
    release();
    throw new AppError('invalid-input', `无法打开数据目录 ${dataDir}：${(error as Error).message}`, { cause: error });
  }
  const wrap = (q: { query: PGlite['query'] }): Sql => ({
    async query(text, params = []) {
      return (await q.query(text, params as unknown[])).rows as never[];
    },
  });
  // PGlite runs one statement at a time; queue transactions so concurrent requests of one process interleave safely.
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      await db.close();
      release();
    },
  };
}

async function connectPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  // JIT compiles a plan whose estimated cost is high (a per-plan recursive rule, a search's walk of
  // length classes): 0.4 s of compiling for a query that runs in 2 ms. PlanTrack's queries are short.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw new AppError('invalid-input', `无法连接 PostgreSQL 服务器（PLANTRACK_DATABASE_URL）：${(error as Error).message}`, { cause: error });
  }
  return {
    kind: 'postgres',
    async query(text, params = [], options) {
      return (await pool.query({ text, values: params as unknown[], name: options?.prepare })).rows;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const query: Sql['query'] = async (text, params = [], options) => (await client.query({ text, values: params as unknown[], name: options?.prepare })).rows as never[];
        const result = await fn({ query });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
