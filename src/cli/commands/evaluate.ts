import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, flag, planRef, stringOption, type Command, type CommandContext } from '../command.ts';
import {
  evaluatePlanDocument, evaluateStoredPlan, readEvaluationConfig, renderEvaluationWorkbook,
  type EvaluationOptions, type PlanEvaluationResult,
} from '../../services/index.ts';
import { notFound, type EvaluationMethod } from '../../domain/index.ts';
import { withDatabase } from '../with-database.ts';
import { renderEvaluationText } from '../evaluate-text.ts';

/** A path rather than a stored plan's id, file stem or region name. */
const looksLikeFile = (ref: string) => /[\\/]|\.(txt|docx?|pdf|html?|wps)$/i.test(ref);

const methods: EvaluationMethod[] = ['time-progress', 'cagr-ratio', 'extrapolation'];

export const command: Command = {
  summary: '评估规划指标进度：完成进度、时序进度、状态、期末预测与预警（evaluation/1）',
  usage: 'plantrack evaluate PLAN [--observations FILE] [--as-of YEAR] [--method time-progress|cagr-ratio|extrapolation] [--json] [--format xlsx -o FILE] [--config FILE] [--threshold NAME=VALUE] [--data DIR]',
  options: {
    observations: { type: 'string' },
    'as-of': { type: 'string' },
    method: { type: 'string' },
    json: { type: 'boolean' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string' },
    threshold: { type: 'string', multiple: true },
    data: { type: 'string' },
  },
  async run(ctx) {
    const plan = planRef(ctx);
    if (!plan) throw new UsageError('缺少规划 PLAN：给出规划文件路径，或已入库规划的编号、源文件名、地区名（可加时期，如 连云港市 十四五）');
    const format = stringOption(ctx, 'format');
    const output = stringOption(ctx, 'output');
    if (format !== undefined && format !== 'xlsx') throw new UsageError(`不支持的格式 "${format}"：只支持 --format xlsx`);
    if (format === 'xlsx' && !output) throw new UsageError('--format xlsx 需要输出文件：加 -o 评估表.xlsx');
    const options = await evaluationOptions(ctx);
    const path = resolve(ctx.io.cwd, plan);
    if (!existsSync(path) && looksLikeFile(plan)) throw notFound(`找不到规划文件 ${path}：请检查路径，或给出已入库规划的编号、源文件名、地区名`);
    const result: PlanEvaluationResult = existsSync(path)
      ? await evaluatePlanDocument(path, options)
      : await withDatabase(ctx, (db) => evaluateStoredPlan(db, plan, options));
    for (const p of result.problems) ctx.io.stderr(`观测数据第 ${p.row} 行 ${p.column}：${p.reason}（已跳过）\n`);
    // the text output prints them under its heading; JSON and Excel carry them, said here too
    const quiet = format !== 'xlsx' && !flag(ctx, 'json');
    if (!quiet) for (const notice of result.evaluation.notices) ctx.io.stderr(`注意：${notice}\n`);
    if (format === 'xlsx') {
      const target = resolve(ctx.io.cwd, output!);
      const categories = new Map(result.plan.indicators.map((i) => [i.name, i.category] as const));
      await writeFile(target, await renderEvaluationWorkbook(result.evaluation, categories));
      ctx.io.stdout(`已写出评估表：${target}（${result.evaluation.indicators.length}项指标）\n`);
      return;
    }
    if (flag(ctx, 'json')) ctx.io.stdout(`${JSON.stringify(result.evaluation, null, 2)}\n`);
    else ctx.io.stdout(renderEvaluationText(result.evaluation, ctx.io.isTTY));
  },
};

export async function evaluationOptions(ctx: CommandContext): Promise<EvaluationOptions> {
  const asOfText = stringOption(ctx, 'as-of');
  const asOf = asOfText === undefined ? undefined : Number(asOfText);
  if (asOf !== undefined && !(Number.isInteger(asOf) && asOf >= 1949 && asOf <= 2100)) {
    throw new UsageError(`--as-of 应为年份（如 2022），收到 "${asOfText}"`);
  }
  const method = stringOption(ctx, 'method');
  if (method !== undefined && !(methods as string[]).includes(method)) {
    throw new UsageError(`未知的评估方法 "${method}"：可用 ${methods.join('、')}`);
  }
  const configPath = stringOption(ctx, 'config');
  const config = configPath ? await readEvaluationConfig(resolve(ctx.io.cwd, configPath)) : {};
  const observations = stringOption(ctx, 'observations');
  return {
    asOf,
    method: method as EvaluationMethod | undefined,
    observationsFile: observations ? resolve(ctx.io.cwd, observations) : undefined,
    thresholds: { ...config.thresholds, ...thresholdFlags(ctx) },
    annualTargets: config.annualTargets,
  };
}

/** --threshold onTrack=0.75 (repeatable) */
function thresholdFlags(ctx: CommandContext): Record<string, number> {
  const given = ctx.values.threshold;
  const list = Array.isArray(given) ? given : [];
  const result: Record<string, number> = {};
  for (const item of list) {
    const match = typeof item === 'string' ? item.match(/^(\w+)=(-?[\d.]+)$/) : null;
    if (!match) throw new UsageError(`--threshold 应写作 名称=数值，如 --threshold onTrack=0.75，收到 "${String(item)}"`);
    result[match[1]] = Number(match[2]);
  }
  return result;
}
