import { indicatorKeyOf, type CatalogEntry, type MatchHow } from '../domain/catalog/index.ts';
import { invalidInput, notFound, type IndicatorEvaluation, type Value } from '../domain/index.ts';
import { listIndicatorCandidates, listPlanRows, type IndicatorRow, type PlanRow, type Sql } from '../storage/index.ts';
import { selectStoredIndicatorJudgements } from '../storage/plan-summaries.ts';
import { listCatalog } from './catalog.ts';
import { evaluateStoredPlan } from './evaluate-plan.ts';

/** One plan's row of the indicator in a comparison. */
export interface ComparedIndicator {
  readonly plan: { readonly id: number; readonly title: string | null };
  readonly region: string | null;
  /** the row as printed in that plan, and how it was matched to the catalogue entry */
  readonly printedName: string;
  readonly match: MatchHow | 'same-wording';
  readonly unit: string | null;
  readonly attribute: string | null;
  readonly baseline: Value | null;
  readonly target: Value | null;
  readonly latest: { readonly year: number; readonly value: number | null } | null;
  readonly status: IndicatorEvaluation['status'] | null;
  readonly label: string | null;
  readonly line: number;
}

export interface IndicatorComparison {
  readonly query: string;
  /** the catalogue entry the query matched, null when only the same wording links the rows */
  readonly entry: Pick<CatalogEntry, 'id' | 'name' | 'unit' | 'direction' | 'synonyms'> | null;
  readonly rows: ComparedIndicator[];
}

/**
 * The same indicator across every current plan: rows linked through the catalogue (synonyms,
 * 建城区/建成区, 比例/比率 …) with the way each was matched, baseline, printed target, latest value
 * and status as evaluated on the region's stored observations.
 */
export async function compareIndicator(sql: Sql, query: string): Promise<IndicatorComparison> {
  if (!query.trim()) throw invalidInput('缺少指标名称，如 常住人口城镇化率', { field: 'indicator' });
  const catalog = await listCatalog(sql);
  const wanted = indicatorKeyOf(query, catalog);
  const plans = (await listPlanRows(sql)).filter((p) => p.state === 'current');
  // a 十三五 completion table's rows are the past plan's results, not this plan's targets
  const matched = (await listIndicatorCandidates(sql, plans.map((p) => p.id), wanted.entry?.id ?? null))
    .filter((row) => row.tableKind !== 'completion' && keyOf(row, catalog) === wanted.key);
  // each plan's judgement as its last refresh stored it; a plan whose refresh is due is evaluated now
  const stored = await selectStoredIndicatorJudgements<IndicatorEvaluation>(sql, [...new Set(matched.map((r) => r.planId))], [...new Set(matched.map((r) => r.name))]);
  const byPlan = new Map<number, IndicatorRow[]>();
  for (const row of matched) byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), row]);
  const rows: ComparedIndicator[] = [];
  for (const plan of plans) {
    const matches = byPlan.get(plan.id);
    if (matches) rows.push(...(await compareRows(sql, plan, matches, catalog, stored.get(plan.id))));
  }
  if (!rows.length) {
    throw notFound(`没有规划含有指标 "${query}"${wanted.entry ? `（指标目录：${wanted.entry.name}）` : '（指标目录中也没有此指标，可用 plantrack catalog 查看或添加同义词）'}`, { field: 'indicator' });
  }
  const entry = wanted.entry && { id: wanted.entry.id, name: wanted.entry.name, unit: wanted.entry.unit, direction: wanted.entry.direction, synonyms: wanted.entry.synonyms };
  return { query, entry, rows };
}

const keyOf = (row: IndicatorRow, catalog: readonly CatalogEntry[]) => row.catalogId ?? indicatorKeyOf(row.name, catalog).key;

async function compareRows(sql: Sql, plan: PlanRow, matches: IndicatorRow[], catalog: readonly CatalogEntry[], stored?: readonly IndicatorEvaluation[]): Promise<ComparedIndicator[]> {
  const judgements = stored ?? (await evaluateStoredPlan(sql, String(plan.id))).evaluation.indicators;
  return matches.map((row) => {
    const judged = judgements.find((e) => e.name === row.name);
    return {
      plan: { id: plan.id, title: plan.title },
      region: plan.regionFullName,
      printedName: row.name,
      match: indicatorKeyOf(row.name, catalog).how ?? 'same-wording',
      unit: row.unit,
      attribute: row.attribute,
      baseline: row.baseline,
      target: row.target,
      latest: judged?.latest ?? null,
      status: judged?.status ?? null,
      label: judged?.label ?? null,
      line: row.line,
    };
  });
}
