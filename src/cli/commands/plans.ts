import { flag, type Command } from '../command.ts';
import { listPlans, planPeriodLabel, type PlanRow } from '../../services/index.ts';
import { planStateLabels } from '../../domain/index.ts';
import { databaseOptions, withDatabase } from '../with-database.ts';

export const command: Command = {
  summary: '列出已导入的规划（编号、地区、时期、标题），同一地区按时期排列',
  usage: 'plantrack plans [--data DIR] [--json]',
  options: { ...databaseOptions, json: { type: 'boolean' } },
  async run(ctx) {
    const plans = await withDatabase(ctx, (db) => listPlans(db));
    if (flag(ctx, 'json')) {
      ctx.io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
      return;
    }
    if (!plans.length) {
      ctx.io.stdout('还没有导入任何规划。用 plantrack import FILE… 导入。\n');
      return;
    }
    for (const p of byRegionAndPeriod(plans)) {
      const version = p.version > 1 || p.superseded ? `  第 ${p.version} 版${p.superseded ? '（已有新版本）' : ''}` : '';
      const period = p.periodStart && p.periodEnd ? `  ${planPeriodLabel(p)}（${p.periodStart}–${p.periodEnd}）` : '';
      const state = p.state === 'draft' || p.state === 'withdrawn' ? `  [${planStateLabels[p.state]}]` : '';
      ctx.io.stdout(`${String(p.id).padStart(3)}  ${p.regionFullName ?? '（地区未识别）'}  ${p.title ?? p.sourceFile}${period}  指标 ${p.indicatorCount} 项${version}${state}\n`);
      for (const line of stateLines(p)) ctx.io.stdout(`       ${line}\n`);
    }
  },
};

/** Why a draft needs checking, or who withdrew a version and why. */
function stateLines(p: PlanRow): string[] {
  if (p.withdrawal) return [`已撤回：${p.withdrawal.reason}（${p.withdrawal.by}，${p.withdrawal.at}）`];
  return p.state === 'draft' ? p.reviewNotes.map((note) => `待核对：${note}`) : [];
}

/** Regions in the order their first plan came, each region's plans by period (十四五 before 十五五). */
function byRegionAndPeriod(plans: readonly PlanRow[]): PlanRow[] {
  const firstId = new Map<string, number>();
  for (const p of plans) if (!firstId.has(p.regionFullName ?? '')) firstId.set(p.regionFullName ?? '', p.id);
  const rank = (p: PlanRow) => firstId.get(p.regionFullName ?? '')!;
  return [...plans].sort((a, b) => rank(a) - rank(b) || (a.periodStart ?? Infinity) - (b.periodStart ?? Infinity) || a.id - b.id);
}
