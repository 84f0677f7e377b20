import { conflict, notFound, periodLabel, planStateLabels, splitRegionAndPeriod, type Period } from '../domain/index.ts';
import {
  findPlanById, findPlansBySourceStem, findPlansOfRegion, findRegion, listPlanRows, suggestRegions,
  type PlanRow, type Region, type Sql,
} from '../storage/index.ts';

export type { PlanRow } from '../storage/index.ts';

/** Every stored plan, oldest first. */
export async function listPlans(sql: Sql): Promise<PlanRow[]> {
  return listPlanRows(sql);
}

/** The plan's period as people name it: 十四五, else 2021–2025; null when the plan names none. */
export const planPeriodLabel = (p: Pick<PlanRow, 'periodStart' | 'periodEnd'>): string | null =>
  p.periodStart && p.periodEnd ? periodLabel({ start: p.periodStart, end: p.periodEnd }) : null;

const describe = (p: PlanRow) => {
  const period = planPeriodLabel(p);
  return `${p.id}  ${p.regionFullName ?? '（地区未识别）'}  ${period ? `${period}  ` : ''}${p.title ?? p.sourceFile}${p.state === 'current' ? '' : `（${planStateLabels[p.state]}）`}`;
};

/** A plan and, when a bare region name had to pick among its plans, which it took and why. */
export interface PlanChoice {
  readonly plan: PlanRow;
  readonly note: string | null;
}

/**
 * A plan by id (3), by source file stem (000_6672659702fb4163), by region and period (连云港市 十四五,
 * 连云港市 2026-2030) or by region alone: its one plan, else its current plan (the one whose period
 * holds `today`'s year, else the latest); otherwise a not-found error listing the candidates.
 */
export async function resolvePlan(sql: Sql, ref: string, today: Date = new Date()): Promise<PlanChoice> {
  const wanted = ref.trim();
  if (/^\d{1,9}$/.test(wanted)) { // longer numbers cannot be a stored id (PostgreSQL int)
    const plan = await findPlanById(sql, Number(wanted));
    if (plan) return { plan, note: null };
  }
  const byFile = await findPlansBySourceStem(sql, wanted);
  if (byFile.length === 1) return { plan: byFile[0], note: null };
  const named = splitRegionAndPeriod(wanted);
  const namedRegion = named && (await findRegion(sql, named.region));
  if (named && namedRegion) return { plan: await planOfPeriod(sql, namedRegion, named.period), note: null };
  const region = await findRegion(sql, wanted);
  const candidates = region ? (await findPlansOfRegion(sql, region.id)).filter((p) => p.state === 'current') : [];
  if (candidates.length === 1) return { plan: candidates[0], note: null };
  const current = currentPlan(candidates, today.getFullYear());
  if (current) return { plan: current, note: currentNote(region!, current, candidates) };
  const all = await listPlanRows(sql);
  const byTitle = all.filter((p) => p.state === 'current' && p.title !== null && p.title.includes(wanted));
  if (!candidates.length && byTitle.length === 1) return { plan: byTitle[0], note: null };
  return refuse(sql, wanted, region, candidates, byTitle, all);
}

/** A plan by reference (see resolvePlan). */
export async function getPlan(sql: Sql, ref: string, today: Date = new Date()): Promise<PlanRow> {
  return (await resolvePlan(sql, ref, today)).plan;
}

/** The plan itself when it counts (current or an older version); a draft or a withdrawn version is refused. */
export function countedPlan(plan: PlanRow): PlanRow {
  if (plan.state !== 'draft' && plan.state !== 'withdrawn') return plan;
  const why = plan.withdrawal ? `已撤回（${plan.withdrawal.reason}）` : `待核对（${plan.reviewNotes.join('；') || '尚未确认'}）`;
  throw conflict(`规划 #${plan.id} ${plan.title ?? plan.sourceFile}${why}：确认或恢复后才计入比较与传导`, { state: plan.state });
}

/** The plan whose period holds `year`; else the one that ends last; undefined when two tie. */
export function currentPlan(plans: readonly PlanRow[], year: number): PlanRow | undefined {
  const running = plans.filter((p) => p.periodStart !== null && p.periodEnd !== null && p.periodStart <= year && year <= p.periodEnd);
  if (running.length) return running.length === 1 ? running[0] : undefined;
  const ends = plans.map((p) => p.periodEnd ?? -Infinity);
  const latest = plans.filter((p) => p.periodEnd !== null && p.periodEnd === Math.max(...ends));
  return latest.length === 1 ? latest[0] : undefined;
}

function currentNote(region: Region, plan: PlanRow, all: readonly PlanRow[]): string {
  const others = all.filter((p) => p.id !== plan.id).map((p) => `“${region.name} ${planPeriodLabel(p) ?? p.id}”`);
  const period = planPeriodLabel(plan);
  return `${region.fullName} 有 ${all.length} 个规划，取当前规划 #${plan.id} ${plan.title ?? plan.sourceFile}${period ? `（${period}）` : ''}；`
    + `其他规划可用 ${[...new Set(others)].join('、')} 或编号指定`;
}

async function planOfPeriod(sql: Sql, region: Region, period: Period): Promise<PlanRow> {
  const plans = (await findPlansOfRegion(sql, region.id)).filter((p) => p.state === 'current');
  const matching = plans.filter((p) => p.periodStart === period.start && p.periodEnd === period.end);
  if (matching.length === 1) return matching[0];
  const label = periodLabel(period);
  const listed = matching.length ? matching : plans;
  const why = matching.length ? `${region.fullName} 有 ${matching.length} 个${label}规划，请用编号指定` : `${region.fullName} 没有${label}（${period.start}–${period.end}）规划`;
  throw notFound(`找不到规划 "${region.name} ${label}"：${why}${listed.length ? `\n该地区的规划：\n${listed.map(describe).join('\n')}` : ''}`, {
    candidates: listed.map((p) => ({ id: p.id, region: p.regionFullName, title: p.title, period: planPeriodLabel(p) })),
  });
}

async function refuse(sql: Sql, wanted: string, region: Region | undefined, candidates: readonly PlanRow[], byTitle: readonly PlanRow[], all: readonly PlanRow[]): Promise<never> {
  const listed = candidates.length ? candidates : byTitle.length ? byTitle : all;
  const heading = candidates.length ? '该地区有多个同期规划，请用编号或“地区 时期”（如 连云港市 十四五）指定' : '已有的规划';
  const suggestion = !listed.length ? '' : `\n${heading}：\n${listed.map(describe).join('\n')}`;
  const near = !region && !byTitle.length ? (await suggestRegions(sql, wanted)).map((r) => r.fullName) : [];
  const hint = near.length ? `\n相近的地区：${near.join('、')}` : '';
  throw notFound(`找不到规划 "${wanted}"：请给出规划编号、源文件名（如 000_6672659702fb4163）、地区名或“地区 时期”。${suggestion}${hint}`, {
    candidates: listed.map((p) => ({ id: p.id, region: p.regionFullName, title: p.title, period: planPeriodLabel(p) })),
  });
}
