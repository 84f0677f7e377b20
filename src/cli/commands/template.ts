import { UsageError, stringOption, type Command } from '../command.ts';
import { writeObservationTemplate } from '../../services/index.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '生成 Excel 填报表：指标为行、规划年份为列，填好后用 observe --file 导入',
  usage: 'plantrack template PLAN --xlsx OUT.xlsx',
  options: { ...databaseOptions, xlsx: { type: 'string' } },
  async run(ctx) {
    const ref = ctx.positionals.length ? ctx.positionals.join(' ') : undefined;
    const out = stringOption(ctx, 'xlsx');
    if (!ref || !out) throw new UsageError('需要规划 PLAN 和 --xlsx 输出文件');
    const { rows, years } = await withDatabase(ctx, (db) => writeObservationTemplate(db, ref, out));
    ctx.io.stdout(`已写出 ${out}：${rows} 个指标 × ${years[0]}–${years[years.length - 1]} 年。填好黄色单元格后运行 plantrack observe --file ${out}\n`);
  },
};
