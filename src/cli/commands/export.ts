import { UsageError, flag, type Command } from '../command.ts';
import { exportDatabase } from '../../services/index.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '导出整个数据库为 JSON（备份；plantrack restore 可恢复）',
  usage: 'plantrack export --all [--data DIR] > backup.json',
  options: { ...databaseOptions, all: { type: 'boolean' } },
  async run(ctx) {
    if (!flag(ctx, 'all')) throw new UsageError('目前只支持导出全部数据：plantrack export --all > backup.json');
    const dump = await withDatabase(ctx, (db) => exportDatabase(db));
    ctx.io.stdout(`${JSON.stringify(dump, null, 1)}\n`);
  },
};
