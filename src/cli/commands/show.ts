import { UsageError, flag, type Command } from '../command.ts';
import { getPlanIndicators, type PlanIndicator } from '../../services/index.ts';
import { alignColumns } from '../text-table.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

const attributeText: Record<string, string> = { expected: '预期性', binding: '约束性' };

function indicatorCells(i: PlanIndicator): string[] {
  const latest = i.latest ? `${i.latest.raw ?? i.latest.value ?? '—'}（${i.latest.year}${i.latest.note ? `，${i.latest.note}` : ''}）` : '—';
  return [String(i.rowNumber ?? ''), i.category ?? '', i.name, i.unit ?? '', i.baseline?.raw || '—', i.target?.raw || i.actual?.raw || '—', attributeText[i.attribute ?? ''] ?? i.attributeRaw ?? '', latest];
}

export const command: Command = {
  summary: '显示规划的指标：规划目标与最新监测值',
  usage: 'plantrack show PLAN [--data DIR] [--json]   （PLAN：编号、源文件名或地区名）',
  options: { ...databaseOptions, json: { type: 'boolean' } },
  async run(ctx) {
    const [ref] = ctx.positionals;
    if (!ref) throw new UsageError('缺少要显示的规划 PLAN（编号、源文件名或地区名；plantrack plans 列出全部）');
    const { plan, indicators } = await withDatabase(ctx, (db) => getPlanIndicators(db, ref));
    if (flag(ctx, 'json')) {
      ctx.io.stdout(`${JSON.stringify({ plan, indicators }, null, 2)}\n`);
      return;
    }
    ctx.io.stdout(`#${plan.id} ${plan.regionFullName ?? '（地区未识别）'} ${plan.title ?? plan.sourceFile}${plan.superseded ? '（已有新版本）' : ''}\n`);
    if (!indicators.length) {
      ctx.io.stdout('（该规划没有抽取到指标表）\n');
      return;
    }
    const byTable = new Map<string, PlanIndicator[]>();
    for (const i of indicators) byTable.set(i.table ?? '', [...(byTable.get(i.table ?? '') ?? []), i]);
    for (const [caption, rows] of byTable) {
      ctx.io.stdout(`\n${caption || '（无表名）'}\n`);
      const header = ['序号', '类别', '指标', '单位', '基期', '目标', '属性', '最新值'];
      ctx.io.stdout(alignColumns([header, ...rows.map(indicatorCells)]).map((l) => `${l}\n`).join(''));
    }
  },
};
