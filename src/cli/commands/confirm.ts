import { UsageError, planRef, type Command } from '../command.ts';
import { confirmPlan, getPlan } from '../../services/index.ts';
import { planStateLabels } from '../../domain/index.ts';
import { actor, databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '确认一个待核对的规划版本：从此计入总览、比较、传导与检索（确认留痕）',
  usage: 'plantrack confirm PLAN [--by NAME] [--data DIR]',
  options: { ...databaseOptions },
  async run(ctx) {
    const ref = planRef(ctx);
    if (!ref) throw new UsageError('缺少规划 PLAN（编号；plantrack plans 列出全部及其状态）');
    const { before, after } = await withDatabase(ctx, async (db) => {
      const plan = await getPlan(db, ref);
      return { before: plan, after: await confirmPlan(db, plan.id, actor(ctx)) };
    });
    const what = `规划 #${after.id} ${after.title ?? after.sourceFile}`;
    if (before.state !== 'draft') return void ctx.io.stdout(`${what}不是待核对版本（${planStateLabels[before.state]}），未作改动\n`);
    ctx.io.stdout(`已确认${what}：现为${planStateLabels[after.state]}\n`);
  },
};
