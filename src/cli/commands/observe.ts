import { UsageError, flag, planRef, stringOption, today, type Command, type CommandContext } from '../command.ts';
import {
  importObservationsFile, observationRegion, parseObservedValue, recordObservation, formatObservedValue,
  type ObservationsImport, type Database,
} from '../../services/index.ts';
import { actor, databaseOptions, withDatabase } from '../with-database.ts';
import { outlierOptions, outlierRulesOf, outlierUsage } from '../outlier-options.ts';
import { progressReporter } from '../progress-bar.ts';

export const command: Command = {
  summary: '填报监测数据：单个数值，或导入 CSV/XLSX 文件',
  usage: [
    'plantrack observe REGION|PLAN --indicator NAME --year Y --value V [--unit U] [--note 预计] [--forecast] [--source-title T] [--source-url U] [--quote Q] [--expected-version N] [--confirm] [--by NAME]',
    'plantrack observe --file F.csv|F.xlsx [--skip-invalid] [--confirm] [--json] [--by NAME]',
    outlierUsage,
  ].join('\n       '),
  options: {
    ...databaseOptions,
    ...outlierOptions,
    indicator: { type: 'string' }, year: { type: 'string' }, value: { type: 'string' }, unit: { type: 'string' },
    note: { type: 'string' }, 'source-title': { type: 'string' }, 'source-url': { type: 'string' }, quote: { type: 'string' },
    'expected-version': { type: 'string' }, forecast: { type: 'boolean' }, confirm: { type: 'boolean' }, file: { type: 'string' }, 'skip-invalid': { type: 'boolean' }, json: { type: 'boolean' },
  },
  async run(ctx) {
    const file = stringOption(ctx, 'file');
    if (file) return withDatabase(ctx, (db) => importFile(ctx, db, file));
    const ref = planRef(ctx);
    if (!ref) throw new UsageError('缺少地区 REGION（或规划编号、源文件名），或用 --file 导入文件');
    return withDatabase(ctx, (db) => observeOne(ctx, db, ref));
  },
};

async function observeOne(ctx: CommandContext, db: Database, ref: string): Promise<number> {
  const indicator = stringOption(ctx, 'indicator');
  const yearText = stringOption(ctx, 'year');
  const valueText = stringOption(ctx, 'value');
  if (!indicator || !yearText || !valueText) throw new UsageError('需要 --indicator、--year 和 --value');
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(`--year 应为四位年份，收到 "${yearText}"`);
  const value = parseObservedValue(valueText);
  if (!value) throw new UsageError(`--value "${valueText}" 不是数字（可带 <、≥ 等比较符），也不是里程碑词（建成、推进中 …）`);
  const expected = stringOption(ctx, 'expected-version');
  if (expected !== undefined && !/^\d+$/.test(expected)) throw new UsageError(`--expected-version 应为整数，收到 "${expected}"`);
  const region = await observationRegion(db, ref, today(ctx));
  const result = await recordObservation(db, {
    region, indicator, year, ...value, unit: stringOption(ctx, 'unit') ?? null, note: stringOption(ctx, 'note') ?? null,
    sourceTitle: stringOption(ctx, 'source-title') ?? null, sourceUrl: stringOption(ctx, 'source-url') ?? null, quote: stringOption(ctx, 'quote') ?? null,
    by: actor(ctx), expectedVersion: expected === undefined ? undefined : Number(expected), forecast: flag(ctx, 'forecast'), confirm: flag(ctx, 'confirm'),
    rules: outlierRulesOf(ctx),
  }, today(ctx));
  const o = result.observation;
  for (const w of result.warnings) ctx.io.stdout(`已确认的提醒：${w.message}\n`);
  const previous = result.previous ? `，原值 ${formatObservedValue(result.previous)}（版本 ${result.previous.version}）保存在历史中` : '';
  ctx.io.stdout(`已记录：${o.region} ${indicator} ${year} 年 = ${formatObservedValue(o)}${o.unit ? ` ${o.unit}` : ''}（版本 ${o.version}${previous}）\n`);
  if (result.unplanned) ctx.io.stdout(`注意：${o.region} 的规划中没有此指标，数据按${result.catalogId ? '指标目录' : '所给名称'}保存，列为规划外指标\n`);
  return 0;
}

async function importFile(ctx: CommandContext, db: Database, file: string): Promise<number> {
  const show = progressReporter(ctx.io);
  const result = await importObservationsFile(db, file, {
    by: actor(ctx), skipInvalid: flag(ctx, 'skip-invalid'), confirm: flag(ctx, 'confirm'), today: today(ctx), rules: outlierRulesOf(ctx),
    onProgress: ({ phase, done, total }) => show(done, total, phaseLabels[phase]),
  });
  if (flag(ctx, 'json')) ctx.io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else ctx.io.stdout(importReport(result));
  return result.committed ? 0 : 1;
}

const phaseLabels = { check: '检查', write: '写入' } as const;

export function importReport(r: ObservationsImport): string {
  const lines = r.problems.map((p) => `  第 ${p.row} 行 ${p.column}：${p.reason}`);
  const out: string[] = [];
  if (r.problems.length) out.push(`${r.file}：${r.problems.length} 处问题`, ...lines);
  if (!r.committed) {
    out.push(`未导入任何数据。请修改文件后重试，或加 --skip-invalid 跳过有问题的行。`);
    return `${out.join('\n')}\n`;
  }
  out.push(`${r.file}：新增 ${r.created} 个数值，修订 ${r.revised} 个（原值保存在历史中），未变 ${r.unchanged} 个${r.skipped ? `，跳过 ${r.skipped} 行` : ''}`);
  if (r.unplanned.length) {
    out.push(`规划外指标（所属地区的规划中没有，已按${'指标目录名称'}保存）：`);
    for (const u of r.unplanned) out.push(`  ${u.region} ${u.indicator}${u.catalogName && u.catalogName !== u.indicator ? ` → ${u.catalogName}` : u.catalogName ? '' : '（指标目录中没有，按所给名称保存）'}`);
  }
  return `${out.join('\n')}\n`;
}
