import { UsageError, stringOption, type Command, type CommandContext } from '../command.ts';
import { withdrawRecord } from '../../services/index.ts';
import { withdrawableLabels, type WithdrawableKind } from '../../domain/index.ts';
import { actor, databaseOptions, withDatabase } from '../with-database.ts';

const kinds = Object.keys(withdrawableLabels) as WithdrawableKind[];

/** KIND ID from the command line, refused as usage when either is wrong. */
export function recordOf(ctx: CommandContext): { kind: WithdrawableKind; id: number } {
  const [kind, id] = ctx.positionals;
  if (!kinds.includes(kind as WithdrawableKind)) throw new UsageError(`第一个参数应为 ${kinds.join('|')}（${kinds.map((k) => withdrawableLabels[k]).join('、')}），收到 "${kind ?? ''}"`);
  if (!/^\d{1,9}$/.test(id ?? '')) throw new UsageError(`第二个参数应为记录编号（数字），收到 "${id ?? ''}"`);
  return { kind: kind as WithdrawableKind, id: Number(id) };
}

export const command: Command = {
  summary: '撤回一个规划版本、监测值、更正或专栏进展记录（须说明原因；不删除，可由管理员恢复）',
  usage: `plantrack withdraw ${kinds.join('|')} ID --reason 原因 [--by NAME] [--data DIR]`,
  options: { ...databaseOptions, reason: { type: 'string' } },
  async run(ctx) {
    const { kind, id } = recordOf(ctx);
    const reason = stringOption(ctx, 'reason');
    if (!reason?.trim()) throw new UsageError('撤回须说明原因：--reason 原因');
    await withDatabase(ctx, (db) => withdrawRecord(db, kind, id, { reason, by: actor(ctx) }));
    ctx.io.stdout(`已撤回${withdrawableLabels[kind]} #${id}（原因：${reason.trim()}）；恢复：plantrack reinstate ${kind} ${id}\n`);
  },
};
