import { UsageError, flag, planRef, type Command } from '../command.ts';
import { listBoxItems, listPlanCorrections } from '../../services/index.ts';
import { alignColumns } from '../text-table.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

const state = (r: { withdrawal?: { reason: string; by: string } | null }) => (r.withdrawal ? `已撤回（${r.withdrawal.reason}，${r.withdrawal.by}）` : '有效');

export const command: Command = {
  summary: '列出规划的更正与专栏进展记录及其编号（供 withdraw / reinstate 使用）',
  usage: 'plantrack records PLAN [--json] [--data DIR]',
  options: { ...databaseOptions, json: { type: 'boolean' } },
  async run(ctx) {
    const ref = planRef(ctx);
    if (!ref) throw new UsageError('缺少规划 PLAN（编号、源文件名、地区名；plantrack plans 列出全部）');
    const { corrections, items } = await withDatabase(ctx, async (db) => ({ corrections: await listPlanCorrections(db, ref), items: await listBoxItems(db, ref) }));
    const progress = items.flatMap((i) => [...i.progress, ...i.withdrawn].map((p) => ({ ...p, key: i.key })));
    if (flag(ctx, 'json')) return void ctx.io.stdout(`${JSON.stringify({ corrections, progress }, null, 2)}\n`);
    ctx.io.stdout(`更正（${corrections.length}）\n`);
    const correctionRows = corrections.map((c) => [`#${c.id}`, c.tableCaption || '—', c.rowName, c.field, `${c.oldValue ?? '—'} → ${c.newValue}`, c.correctedBy, state(c)]);
    if (correctionRows.length) ctx.io.stdout(alignColumns([['编号', '表', '行', '字段', '更正', '更正人', '状态'], ...correctionRows]).map((l) => `${l}\n`).join(''));
    ctx.io.stdout(`\n专栏进展（${progress.length}）\n`);
    const progressRows = progress.map((p) => [`#${p.id}`, p.key, p.milestone, p.date, p.recordedBy, state(p)]);
    if (progressRows.length) ctx.io.stdout(alignColumns([['编号', '专栏项目', '进展', '日期', '记录人', '状态'], ...progressRows]).map((l) => `${l}\n`).join(''));
    ctx.io.stdout('\n撤回：plantrack withdraw correction|box-progress 编号 --reason 原因；恢复：plantrack reinstate correction|box-progress 编号\n');
  },
};
