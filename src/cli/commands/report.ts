import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { UsageError, planRef, stringOption, today, type Command, type CommandContext } from '../command.ts';
import { buildDocumentReport, buildStoredPlanReport, renderPlanReport, resolvePlan, reportFormats, typefaceNames, type ReportFormat, type Typeface } from '../../services/index.ts';
import { evaluationOptions } from './evaluate.ts';
import { withDatabase } from '../with-database.ts';
import { invalidInput, phaseLabels } from '../../domain/index.ts';

export const command: Command = {
  summary: '生成年度监测/中期评估/总结评估报告（Word、HTML、Markdown）或汇报演示文稿（PPTX）',
  usage:
    'plantrack report PLAN [--as-of YEAR] [--format docx|html|md|pptx] -o FILE [--observations FILE] [--method M] [--config FILE] [--threshold NAME=VALUE] ' +
    '[--prepared-by 编制单位] [--typeface standard|official] [--data DIR]',
  options: {
    'as-of': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    observations: { type: 'string' },
    method: { type: 'string' },
    config: { type: 'string' },
    threshold: { type: 'string', multiple: true },
    'prepared-by': { type: 'string' },
    typeface: { type: 'string' },
    data: { type: 'string' },
  },
  async run(ctx) {
    const plan = planRef(ctx);
    if (!plan) throw new UsageError('缺少规划：给出规划文件路径，或已入库规划的编号、源文件名、地区名');
    const output = stringOption(ctx, 'output');
    if (!output) throw new UsageError('缺少输出文件：加 -o FILE（如 -o 中期评估报告.docx）');
    const format = reportFormat(ctx, output);
    const options = { ...(await evaluationOptions(ctx)), preparedBy: stringOption(ctx, 'prepared-by'), now: new Date() };
    const typeface = typefaceOf(ctx);
    const path = resolve(ctx.io.cwd, plan);
    const report = existsSync(path)
      ? await buildDocumentReport(path, options)
      : await withDatabase(ctx, async (db) => {
          const choice = await resolvePlan(db, plan, today(ctx));
          if (choice.note) ctx.io.stderr(`${choice.note}\n`);
          return buildStoredPlanReport(db, String(choice.plan.id), options);
        });
    const target = resolve(ctx.io.cwd, output);
    const bytes = await renderPlanReport(report, format, { typeface });
    await writeFile(target, bytes).catch((error: NodeJS.ErrnoException) => {
      throw invalidInput(`无法写入报告文件 ${target}（${error.code ?? error.message}）：请检查目录是否存在、是否有写权限`);
    });
    const kind = `${phaseLabels[report.kind]}报告`;
    for (const notice of report.cover.notices) ctx.io.stderr(`注意：${notice}\n`);
    ctx.io.stdout(`已生成${kind}：${target}（${report.indicators.length}项指标，${report.charts.length}幅图，评估基准年${report.cover.asOf}年）\n`);
  },
};

function reportFormat(ctx: CommandContext, output: string): ReportFormat {
  const given = stringOption(ctx, 'format') ?? extname(output).slice(1).toLowerCase().replace(/^markdown$/, 'md');
  if (!given) return 'docx';
  if (!(reportFormats as readonly string[]).includes(given)) throw new UsageError(`不支持的报告格式 "${given}"：可用 ${reportFormats.join('、')}`);
  return given as ReportFormat;
}

function typefaceOf(ctx: CommandContext): Typeface {
  const given = stringOption(ctx, 'typeface') ?? 'standard';
  if (!(typefaceNames as readonly string[]).includes(given)) {
    throw new UsageError(`未知的字体方案 "${given}"：可用 standard（宋体/黑体）、official（公文：小标宋/黑体/楷体/仿宋）`);
  }
  return given as Typeface;
}
