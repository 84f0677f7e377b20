import { AppError, invalidInput } from '../domain/index.ts';
import { appliedMigrations, countRows, exportTables, listTables, restoreTables, type Database, type TableRows } from '../storage/index.ts';

/** plantrack-export/1: every table of the database, rows in primary-key order. */
export interface DatabaseExport {
  readonly schema: 'plantrack-export/1';
  readonly migrations: string[];
  readonly tables: TableRows;
}

export async function exportDatabase(db: Database): Promise<DatabaseExport> {
  return db.transaction(async (tx) => {
    // one snapshot for every table, even while a server takes writes
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    return { schema: 'plantrack-export/1', migrations: await appliedMigrations(tx), tables: await exportTables(tx) };
  });
}

/** Tables that hold what users entered; migrations may fill reference tables (the catalogue) themselves. */
const userTables = /^(plans|regions|corrections|audit_log|users|.*observation.*)$/;

/**
 * Loads an export into this database. Refuses a database that already holds plans, observations,
 * users or audit records unless `force`; then everything it held is replaced.
 */
export async function restoreDatabase(db: Database, input: unknown, options: { force?: boolean } = {}): Promise<Record<string, number>> {
  const dump = validateExport(input);
  const tables = await listTables(db);
  const unknown = Object.keys(dump.tables).filter((t) => !tables.includes(t));
  if (unknown.length) throw invalidInput(`备份中有本数据库没有的表：${unknown.join('、')}。请用更新版本的 PlanTrack 恢复。`);
  const applied = new Set(await appliedMigrations(db));
  const newer = dump.migrations.filter((id) => !applied.has(id));
  if (newer.length) throw invalidInput(`备份来自更新的数据库结构（${newer.join('、')}），请先升级 PlanTrack。`);
  const held = Object.entries(await countRows(db, tables.filter((t) => userTables.test(t)))).filter(([, n]) => n > 0);
  if (held.length && !options.force) {
    throw new AppError('conflict', `数据库不是空的（${held.map(([t, n]) => `${t} ${n} 行`).join('，')}）。恢复会替换全部数据：确认请加 --force，或恢复到新的数据目录（--data 新目录）。`);
  }
  // No audit line for the restore itself: the restored database must equal the backup exactly.
  await restoreTables(db, dump.tables);
  return Object.fromEntries(Object.entries(dump.tables).map(([t, rows]) => [t, rows.length]));
}

function validateExport(input: unknown): DatabaseExport {
  const dump = input as Partial<DatabaseExport> | null;
  if (!dump || dump.schema !== 'plantrack-export/1' || typeof dump.tables !== 'object' || !Array.isArray(dump.migrations)) {
    throw invalidInput('这不是 PlanTrack 备份文件（应为 plantrack export --all 输出的 JSON，schema 为 plantrack-export/1）');
  }
  return dump as DatabaseExport;
}
