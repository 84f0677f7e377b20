import { notFound } from '../domain/index.ts';
import {
  findPlanById, findPlansBySourceStem, findPlansOfRegion, findRegion, listPlanRows, suggestRegions,
  type PlanRow, type Sql,
} from '../storage/index.ts';

export type { PlanRow } from '../storage/index.ts';

/** Every stored plan, oldest first. */
export async function listPlans(sql: Sql): Promise<PlanRow[]> {
  return listPlanRows(sql);
}

const describe = (p: PlanRow) => `${p.id}  ${p.regionFullName ?? '（地区未识别）'}  ${p.title ?? p.sourceFile}${p.superseded ? '（旧版本）' : ''}`;

/**
 * A plan by id (3), by source file stem (000_6672659702fb4163) or by region (连云港市, 海州区,
 * 连云港市海州区) when the region has one current plan; otherwise a not-found error listing candidates.
 */
export async function getPlan(sql: Sql, ref: string): Promise<PlanRow> {
  const wanted = ref.trim();
  if (/^\d+$/.test(wanted)) {
    const plan = await findPlanById(sql, Number(wanted));
    if (plan) return plan;
  }
  const byFile = await findPlansBySourceStem(sql, wanted);
  if (byFile.length === 1) return byFile[0];
  const region = await findRegion(sql, wanted);
  const candidates = region ? (await findPlansOfRegion(sql, region.id)).filter((p) => !p.superseded) : [];
  if (candidates.length === 1) return candidates[0];
  const all = await listPlanRows(sql);
  const byTitle = all.filter((p) => !p.superseded && p.title !== null && p.title.includes(wanted));
  if (!candidates.length && byTitle.length === 1) return byTitle[0];
  const listed = candidates.length ? candidates : byTitle.length ? byTitle : all;
  const suggestion = !listed.length ? '' : `\n${candidates.length ? '该地区有多个规划，请用编号指定' : '已有的规划'}：\n${listed.map(describe).join('\n')}`;
  const near = !region && !byTitle.length ? (await suggestRegions(sql, wanted)).map((r) => r.fullName) : [];
  const hint = near.length ? `\n相近的地区：${near.join('、')}` : '';
  throw notFound(`找不到规划 "${wanted}"：请给出规划编号、源文件名（如 000_6672659702fb4163）或地区名。${suggestion}${hint}`, {
    candidates: listed.map((p) => ({ id: p.id, region: p.regionFullName, title: p.title })),
  });
}
