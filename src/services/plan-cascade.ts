import { indicatorKeyOf, convertUnit, isTotalIndicator, type CatalogEntry } from '../domain/catalog/index.ts';
import { notFound, type Direction, type Value } from '../domain/index.ts';
import { parseQuery, queryTerms } from '../search/index.ts';
import { findPassages, indexPendingPlans, listPlanIndicators, listPlanRows, type IndicatorRow, type PlanRow, type Sql } from '../storage/index.ts';
import { listCatalog } from './catalog.ts';
import { countedPlan, getPlan, planPeriodLabel } from './plans.ts';

export interface SharedIndicator {
  readonly name: string;
  readonly parentName: string;
  readonly unit: string | null;
  readonly direction: Direction;
  readonly parentTarget: Value | null;
  readonly childTarget: Value | null;
  /** the child's target is weaker than the parent's in the indicator's direction */
  readonly weaker: boolean;
  /** a total (总量: GDP, population …): its size follows the area's, so it is not compared */
  readonly total: boolean;
  readonly note: string | null;
}

export interface BoxTopicCoverage {
  readonly box: string;
  readonly topic: string;
  readonly line: number;
  readonly mentioned: boolean;
  /** where the child's text mentions it first */
  readonly childLine: number | null;
}

/** 规划传导: how a child region's plan carries down its parent region's plan. */
export interface PlanCascade {
  readonly child: { readonly id: number; readonly title: string | null; readonly region: string | null; readonly period: string | null };
  readonly parent: { readonly id: number; readonly title: string | null; readonly region: string | null; readonly period: string | null };
  /** how the parent plan was chosen when it is not the same period and kind as the child */
  readonly parentNote: string | null;
  readonly shared: SharedIndicator[];
  /** the parent's indicators the child does not carry */
  readonly missing: Array<{ readonly name: string; readonly unit: string | null; readonly target: Value | null; readonly line: number }>;
  readonly boxTopics: BoxTopicCoverage[];
}

/**
 * Compares a plan with its parent region's plan of the same period and kind (海州区 纲要 十四五 →
 * 连云港市 纲要 十四五), else the nearest one, saying which.
 */
export async function comparePlanCascade(sql: Sql, ref: string, parentRef?: string): Promise<PlanCascade> {
  const child = countedPlan(await getPlan(sql, ref));
  const chosen = parentRef ? { plan: countedPlan(await getPlan(sql, parentRef)), note: null } : await parentPlanOf(sql, child);
  const parent = chosen.plan;
  const catalog = await listCatalog(sql);
  const [childRows, parentRows] = [await listPlanIndicators(sql, child.id), await listPlanIndicators(sql, parent.id)];
  const childByKey = new Map(targetRows(childRows).map((row) => [keyOf(row, catalog), row]));
  const shared: SharedIndicator[] = [];
  const missing: PlanCascade['missing'] = [];
  for (const row of targetRows(parentRows)) {
    const mine = childByKey.get(keyOf(row, catalog));
    if (mine) shared.push(compareTargets(row, mine, catalog));
    else missing.push({ name: row.name, unit: row.unit, target: row.target, line: row.line });
  }
  const describe = (p: PlanRow) => ({ id: p.id, title: p.title, region: p.regionFullName, period: planPeriodLabel(p) });
  return { child: describe(child), parent: describe(parent), parentNote: chosen.note, shared, missing, boxTopics: await boxTopicsCoverage(sql, parent.id, child.id) };
}

async function parentPlanOf(sql: Sql, child: PlanRow): Promise<{ plan: PlanRow; note: string | null }> {
  const [region] = await sql.query<{ parent_id: number | null; parent: string | null }>(
    'SELECT r.parent_id, p.full_name AS parent FROM regions r LEFT JOIN regions p ON p.id = r.parent_id WHERE r.id = $1',
    [child.regionId],
  );
  if (!region?.parent_id) throw notFound(`规划 ${child.id}（${child.regionFullName ?? '地区未识别'}）没有上级地区，无法做规划传导比较`, { field: 'plan' });
  const plans = (await listPlanRows(sql)).filter((p) => p.regionId === region.parent_id && p.state === 'current');
  if (!plans.length) throw notFound(`上级地区 ${region.parent} 还没有导入规划：请先导入其规划`, { field: 'parent' });
  return chooseParentPlan(child, plans);
}

const kindNames: Readonly<Record<string, string>> = { 'five-year-outline': '规划纲要', urbanization: '新型城镇化规划', other: '专项规划' };
const samePeriod = (a: PlanRow, b: PlanRow) => a.periodStart === b.periodStart && a.periodEnd === b.periodEnd;
const describePlan = (p: PlanRow) => `#${p.id} ${p.title ?? p.sourceFile}（${planPeriodLabel(p) ?? '时期未识别'}）`;

/**
 * Like with like: the parent plan of the child's period and kind; else of its period (a 纲要 first);
 * else the nearest period. Anything but the first says which plan it took.
 */
export function chooseParentPlan(child: PlanRow, plans: readonly PlanRow[]): { plan: PlanRow; note: string | null } {
  const period = planPeriodLabel(child) ?? '同期';
  const same = plans.filter((p) => samePeriod(p, child));
  const match = same.find((p) => p.kind === child.kind);
  if (match) return { plan: match, note: null };
  const outlineFirst = (list: readonly PlanRow[]) => list.find((p) => p.kind === 'five-year-outline') ?? list[0];
  if (same.length) {
    const plan = outlineFirst(same);
    return { plan, note: `上级地区没有${period}${kindNames[child.kind] ?? '同类规划'}，使用同期的 ${describePlan(plan)}` };
  }
  const distance = (p: PlanRow) => Math.abs((p.periodStart ?? 0) - (child.periodStart ?? 0)) + (p.kind === child.kind ? 0 : 0.5);
  const plan = [...plans].sort((a, b) => distance(a) - distance(b) || a.id - b.id)[0];
  return { plan, note: `上级地区没有${period}规划，使用 ${describePlan(plan)}：时期不同，目标只作参考` };
}

const targetRows = (rows: IndicatorRow[]) => rows.filter((r) => r.tableKind !== 'completion');
const keyOf = (row: IndicatorRow, catalog: readonly CatalogEntry[]) => row.catalogId ?? indicatorKeyOf(row.name, catalog).key;

function compareTargets(parent: IndicatorRow, child: IndicatorRow, catalog: readonly CatalogEntry[]): SharedIndicator {
  const entry = indicatorKeyOf(parent.name, catalog).entry;
  const direction: Direction = entry?.direction ?? directionOf(parent.target) ?? 1;
  const childValue = child.target?.value ?? null;
  const parentValue = parent.target?.value ?? null;
  const converted = childValue !== null && child.unit && parent.unit && child.unit !== parent.unit ? convertUnit(childValue, child.unit, parent.unit) : childValue;
  const total = isTotalIndicator(parent.name, parent.unit ?? entry?.unit ?? null);
  const comparable = !total && converted !== undefined && converted !== null && parentValue !== null && Boolean(child.target?.cumulative) === Boolean(parent.target?.cumulative);
  const weaker = comparable && direction * ((converted as number) - parentValue) < 0;
  const note = total ? '总量，不比较' : comparable ? null : childValue === null || parentValue === null ? '目标非数值，无法比较' : '单位或口径不同，无法比较';
  return { name: child.name, parentName: parent.name, unit: parent.unit, direction, parentTarget: parent.target, childTarget: child.target, weaker, total, note };
}

const directionOf = (target: Value | null): Direction | null =>
  target?.comparator === 'ge' || target?.comparator === 'gt' ? 1 : target?.comparator === 'le' || target?.comparator === 'lt' ? -1 : null;

/** Generic words of 专栏 titles that say nothing of the topic. */
const boxTitleNoise = /专栏\s*[\d一二三四五六七八九十]+([-—－.．]\d+)?|重大|重点|工程|项目|建设|行动|计划|领域|工作|任务|主要|提升|推进/g;

/** The parent's 专栏 topics, and whether the child's text mentions each (all its words in one passage). */
async function boxTopicsCoverage(sql: Sql, parentId: number, childId: number): Promise<BoxTopicCoverage[]> {
  await indexPendingPlans(sql);
  const boxes = await sql.query<{ title: string; line: number }>('SELECT title, line FROM boxes WHERE plan_id = $1 ORDER BY seq', [parentId]);
  const coverage: BoxTopicCoverage[] = [];
  for (const box of boxes) {
    const topic = box.title.replace(boxTitleNoise, ' ').replace(/\s+/g, ' ').trim().replace(/^[和与及的、\s]+|[和与及的、\s]+$/g, '');
    const needles = parseQuery(queryTerms(topic).join(' ')).needles;
    const hits = needles.length ? await findPassages(sql, needles, { planIds: [childId], includeSuperseded: true, limit: 1000 }) : [];
    const first = hits.length ? Math.min(...hits.map((h) => h.line)) : null;
    coverage.push({ box: box.title, topic: topic || box.title, line: box.line, mentioned: hits.length > 0, childLine: first });
  }
  return coverage;
}
