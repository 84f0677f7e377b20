import { phaseLabels, type PlanEvaluation, type PlanExtract } from '../domain/index.ts';
import { buildChart } from './chart.ts';
import { formatDate } from './format.ts';
import { buildCompletion } from './completion.ts';
import { buildGaps } from './gaps.ts';
import { buildIndicatorRow, pairIndicators } from './indicator-rows.ts';
import { statusRules } from './labels.ts';
import { buildSources } from './sources.ts';
import { buildSummary } from './summary.ts';
import { buildProjectBoxes, type BoxItemStatus } from './project-boxes.ts';
import type { IndicatorChart, Report, ReportCover, ReportKind, ValueSource } from './report.ts';

export interface ReportInput {
  readonly extract: PlanExtract;
  readonly evaluation: PlanEvaluation;
  /** the published values behind the evaluation, each named by its plan indicator */
  readonly sources?: readonly ValueSource[];
  /** 专栏 items' lead departments and latest progress (a stored plan's monitoring) */
  readonly boxProgress?: readonly BoxItemStatus[];
  /** the report's date */
  readonly now: Date;
}

/**
 * The report of the evaluation's phase — 年度监测报告, 中期评估报告, or 总结评估报告 with the plan's
 * own 完成情况 table — as a view model every renderer prints.
 */
export function buildReport(input: ReportInput): Report {
  const { extract, evaluation, now } = input;
  const { asOf, phase: kind } = evaluation;
  const judged = pairIndicators(extract, evaluation.indicators, input.sources ?? []);
  const baseYear = extract.plan.baseYear ?? (extract.plan.period ? extract.plan.period.start - 1 : null);
  const charts = judged
    .map((j) => buildChart(j, { asOf, baseYear }))
    .filter((c): c is IndicatorChart => c !== undefined);
  return {
    kind,
    cover: buildCover(extract, evaluation, asOf, kind, now),
    summary: buildSummary(evaluation.indicators, kind),
    indicators: judged.map(buildIndicatorRow),
    charts,
    gaps: buildGaps(judged, baseYear, asOf, kind),
    completion: buildCompletion(evaluation.completion),
    boxes: buildProjectBoxes(extract.boxes, input.boxProgress),
    appendix: { rules: statusRules(kind), sources: buildSources(judged, asOf) },
  };
}

function buildCover(extract: PlanExtract, evaluation: PlanEvaluation, asOf: number, kind: ReportKind, now: Date): ReportCover {
  const region = extract.plan.region ?? evaluation.plan.region;
  const planTitle = extract.plan.title ?? evaluation.plan.title ?? `${region ?? ''}规划`;
  const name = planTitle.replace(/^《|》$/g, '');
  return {
    title: `《${name}》${phaseLabels[kind]}报告`,
    planTitle: name,
    region,
    period: extract.plan.period,
    asOf,
    notices: evaluation.notices,
    date: formatDate(now),
  };
}
