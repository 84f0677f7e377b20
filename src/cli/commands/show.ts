import { UsageError, flag, planRef, today, type Command } from '../command.ts';
import { getPlanIndicators, planPeriodLabel, planSuccession, resolvePlan, type PlanIndicator } from '../../services/index.ts';
import { successionLines } from '../succession-text.ts';
import { alignColumns } from '../text-table.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

const attributeText: Record<string, string> = { expected: '预期性', binding: '约束性' };

function indicatorCells(i: PlanIndicator): string[] {
  const latest = i.latest ? `${i.latest.raw ?? i.latest.value ?? '—'}（${i.latest.year}${i.latest.note ? `，${i.latest.note}` : ''}）` : '—';
  return [String(i.rowNumber ?? ''), i.category ?? '', i.name, i.unit ?? '', i.baseline?.raw || '—', i.target?.raw || i.actual?.raw || '—', attributeText[i.attribute ?? ''] ?? i.attributeRaw ?? '', latest];
}

export const command: Command = {
  summary: '显示规划的指标：规划目标与最新监测值',
  usage: 'plantrack show PLAN [--data DIR] [--json]   （PLAN：编号、源文件名、地区名，或“地区 时期”如 连云港市 十五五）',
  options: { ...databaseOptions, json: { type: 'boolean' } },
  async run(ctx) {
    const ref = planRef(ctx);
    if (!ref) throw new UsageError('缺少要显示的规划 PLAN（编号、源文件名、地区名或“地区 时期”；plantrack plans 列出全部）');
    const { plan, indicators, note, succession } = await withDatabase(ctx, async (db) => {
      const choice = await resolvePlan(db, ref, today(ctx));
      const id = String(choice.plan.id);
      return { ...(await getPlanIndicators(db, id)), note: choice.note, succession: await planSuccession(db, id) };
    });
    if (note) ctx.io.stderr(`${note}\n`);
    if (flag(ctx, 'json')) {
      ctx.io.stdout(`${JSON.stringify({ plan, indicators, succession }, null, 2)}\n`);
      return;
    }
    const period = planPeriodLabel(plan);
    ctx.io.stdout(`#${plan.id} ${plan.regionFullName ?? '（地区未识别）'} ${plan.title ?? plan.sourceFile}${period ? `（${period}，${plan.periodStart}–${plan.periodEnd}）` : ''}${plan.superseded ? '（已有新版本）' : ''}\n`);
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
    const linked = successionLines(succession);
    if (linked.length) ctx.io.stdout(`${linked.join('\n')}\n`);
  },
};
