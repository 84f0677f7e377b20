import { UsageError, stringOption, type Command } from '../command.ts';
import { correctIndicator, correctionFields } from '../../services/index.ts';
import { actor, databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '更正抽取错误的指标（单元格、名称、类别、单位、属性）；有审计记录，重新导入后仍保留',
  usage: `plantrack correct PLAN --indicator NAME --field ${correctionFields.join('|')} --value V [--reason 原因] [--table 表名片段] [--by NAME]`,
  options: { ...databaseOptions, indicator: { type: 'string' }, field: { type: 'string' }, value: { type: 'string' }, reason: { type: 'string' }, table: { type: 'string' } },
  async run(ctx) {
    const ref = ctx.positionals.length ? ctx.positionals.join(' ') : undefined;
    const row = stringOption(ctx, 'indicator');
    const field = stringOption(ctx, 'field');
    const value = stringOption(ctx, 'value');
    if (!ref || !row || !field || value === undefined) throw new UsageError('需要 PLAN、--indicator、--field 和 --value');
    const result = await withDatabase(ctx, (db) =>
      correctIndicator(db, ref, { row, field, value, by: actor(ctx), reason: stringOption(ctx, 'reason') ?? null, table: stringOption(ctx, 'table') ?? null }),
    );
    ctx.io.stdout(`已更正 #${result.plan.id} ${result.indicator.name}（${result.indicator.table ?? '无表名'}，第 ${result.indicator.line} 行）的 ${field}：${result.oldValue ?? '（空）'} → ${result.newValue}\n`);
  },
};
