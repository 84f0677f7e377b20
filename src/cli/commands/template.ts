import { UsageError, stringOption, type Command, type CommandContext } from '../command.ts';
import { writeObservationTemplate, type TemplateYears } from '../../services/index.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '生成 Excel 填报表：指标为行、年份为列（默认规划期，可用 --from/--to 指定），填好后用 observe --file 导入',
  usage: 'plantrack template PLAN --xlsx OUT.xlsx [--from YEAR] [--to YEAR]',
  options: { ...databaseOptions, xlsx: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  async run(ctx) {
    const ref = ctx.positionals.length ? ctx.positionals.join(' ') : undefined;
    const out = stringOption(ctx, 'xlsx');
    if (!ref || !out) throw new UsageError('需要规划 PLAN 和 --xlsx 输出文件');
    const range: TemplateYears = { from: yearOption(ctx, 'from'), to: yearOption(ctx, 'to') };
    const { rows, years } = await withDatabase(ctx, (db) => writeObservationTemplate(db, ref, out, range));
    ctx.io.stdout(`已写出 ${out}：${rows} 个指标 × ${years[0]}–${years[years.length - 1]} 年。填好黄色单元格后运行 plantrack observe --file ${out}\n`);
  },
};

function yearOption(ctx: CommandContext, name: 'from' | 'to'): number | undefined {
  const text = stringOption(ctx, name);
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new UsageError(`--${name} 应为年份（如 2021），收到 "${text}"`);
  return year;
}
