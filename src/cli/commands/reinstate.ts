import type { Command } from '../command.ts';
import { reinstateRecord } from '../../services/index.ts';
import { withdrawableLabels } from '../../domain/index.ts';
import { actor, databaseOptions, withDatabase } from '../with-database.ts';
import { recordOf } from './withdraw.ts';

export const command: Command = {
  summary: '恢复已撤回的规划版本、监测值、更正或专栏进展记录（管理员：命令行直接操作数据目录）',
  usage: 'plantrack reinstate plan|observation|correction|box-progress ID [--by NAME] [--data DIR]',
  options: { ...databaseOptions },
  async run(ctx) {
    const { kind, id } = recordOf(ctx);
    await withDatabase(ctx, (db) => reinstateRecord(db, kind, id, actor(ctx)));
    ctx.io.stdout(`已恢复${withdrawableLabels[kind]} #${id}\n`);
  },
};
