import { flag, type Command } from '../command.ts';
import { listPlans } from '../../services/index.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '列出已导入的规划（编号、地区、标题）',
  usage: 'plantrack plans [--data DIR] [--json]',
  options: { ...databaseOptions, json: { type: 'boolean' } },
  async run(ctx) {
    const plans = await withDatabase(ctx, (db) => listPlans(db));
    if (flag(ctx, 'json')) {
      ctx.io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
      return;
    }
    if (!plans.length) {
      ctx.io.stdout('还没有导入任何规划。用 plantrack import FILE… 导入。\n');
      return;
    }
    for (const p of plans) {
      const version = p.version > 1 || p.superseded ? `  第 ${p.version} 版${p.superseded ? '（已有新版本）' : ''}` : '';
      ctx.io.stdout(`${String(p.id).padStart(3)}  ${p.regionFullName ?? '（地区未识别）'}  ${p.title ?? p.sourceFile}  指标 ${p.indicatorCount} 项${version}\n`);
    }
  },
};
