import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, flag, type Command } from '../command.ts';
import { AppError } from '../../domain/index.ts';
import { restoreDatabase } from '../../services/index.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '从 plantrack export --all 的备份恢复数据库（目标库须为空，或加 --force 替换全部数据）',
  usage: 'plantrack restore FILE [--data DIR] [--force]',
  options: { ...databaseOptions, force: { type: 'boolean' } },
  async run(ctx) {
    const [file] = ctx.positionals;
    if (!file) throw new UsageError('缺少备份文件 FILE');
    const path = resolve(ctx.io.cwd, file);
    let dump: unknown;
    try {
      dump = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new AppError('invalid-input', `无法读取备份文件 ${path}：${(error as Error).message}`, { cause: error });
    }
    const counts = await withDatabase(ctx, (db) => restoreDatabase(db, dump, { force: flag(ctx, 'force') }));
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    ctx.io.stdout(`已恢复 ${Object.keys(counts).length} 个表，共 ${rows} 行（规划 ${counts.plans ?? 0} 个）\n`);
  },
};
