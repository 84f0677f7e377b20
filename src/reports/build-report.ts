import { baseYearOrYearBeforePeriod, phaseLabels, type PlanEvaluation, type PlanExtract } from '../domain/index.ts';
import { buildChart } from './chart.ts';
import { formatDate } from './format.ts';
import { buildCompletion } from './completion.ts';
import { buildGaps } from './gaps.ts';
import { buildIndicatorRow, pairIndicators } from './indicator-rows.ts';
import { buildMethodAppendix } from './appendix.ts';
import { buildFindings } from './findings.ts';
import { defaultThresholds, type Thresholds } from '../evaluation/index.ts';
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
  /** the thresholds the evaluation used (default: evaluation.md's), for the appendix */
  readonly thresholds?: Thresholds;
  /** 编制单位 on the cover */
  readonly preparedBy?: string;
}

/**
 * The report of the evaluation's phase — 年度监测报告, 中期评估报告, or 总结评估报告 with the plan's
 * own 完成情况 table — as a view model every renderer prints.
 */
export function buildReport(input: ReportInput): Report {
  const { extract, evaluation, now } = input;
  const { asOf, phase: kind } = evaluation;
  const judged = pairIndicators(extract, evaluation.indicators, input.sources ?? []);
  const baseYear = baseYearOrYearBeforePeriod(extract.plan.baseYear, extract.plan.period?.start);
  const charts = judged
    .map((j) => buildChart(j, { asOf, baseYear }))
    .filter((c): c is IndicatorChart => c !== undefined);
  const gaps = buildGaps(judged, baseYear, asOf, kind);
  return {
    kind,
    cover: { ...buildCover(extract, evaluation, asOf, kind, now), preparedBy: input.preparedBy?.trim() || null },
    summary: buildSummary(evaluation.indicators, kind),
    indicators: judged.map(buildIndicatorRow),
    charts,
    gaps,
    findings: buildFindings(evaluation.indicators, gaps, kind, asOf),
    completion: buildCompletion(evaluation.completion),
    boxes: buildProjectBoxes(extract.boxes, input.boxProgress),
    appendix: {
      method: buildMethodAppendix(kind, evaluation.method, input.thresholds ?? defaultThresholds, evaluation.indicators),
      sources: buildSources(judged, asOf),
    },
  };
}

function buildCover(extract: PlanExtract, evaluation: PlanEvaluation, asOf: number, kind: ReportKind, now: Date): Omit<ReportCover, 'preparedBy'> {
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
