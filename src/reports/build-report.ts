import type { PlanEvaluation, PlanExtract } from '../domain/index.ts';
import { buildChart } from './chart.ts';
import { formatDate } from './format.ts';
import { buildCompletion } from './completion.ts';
import { buildGaps } from './gaps.ts';
import { buildIndicatorRow, pairIndicators } from './indicator-rows.ts';
import { statusRules } from './labels.ts';
import { buildSources } from './sources.ts';
import { buildSummary } from './summary.ts';
import type { IndicatorChart, ProjectBox, Report, ReportCover, ReportKind, ValueSource } from './report.ts';

export interface ReportInput {
  readonly extract: PlanExtract;
  readonly evaluation: PlanEvaluation;
  /** the published values behind the evaluation, each named by its plan indicator */
  readonly sources?: readonly ValueSource[];
  /** defaults to the evaluation's as-of year */
  readonly asOf?: number;
  /** the report's date */
  readonly now: Date;
}

/** The 中期评估报告 (or 总结评估报告 at period end) as a view model every renderer prints. */
export function buildReport(input: ReportInput): Report {
  const { extract, evaluation, now } = input;
  const asOf = input.asOf ?? evaluation.asOf;
  const kind = reportKind(extract, evaluation, asOf);
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
    gaps: buildGaps(judged, baseYear, asOf),
    completion: buildCompletion(evaluation.completion),
    boxes: extract.boxes.map((b): ProjectBox => ({ title: b.title, line: b.line, items: b.items.map((i) => (i.title ? `${i.title}：${i.text}` : i.text)) })),
    appendix: { rules: statusRules(kind), sources: buildSources(judged, asOf) },
  };
}

function reportKind(extract: PlanExtract, evaluation: PlanEvaluation, asOf: number): ReportKind {
  const end = extract.plan.period?.end ?? evaluation.indicators.find((i) => i.target)?.target?.year ?? null;
  return end !== null && asOf >= end ? 'final' : 'mid-term';
}

function buildCover(extract: PlanExtract, evaluation: PlanEvaluation, asOf: number, kind: ReportKind, now: Date): ReportCover {
  const region = extract.plan.region ?? evaluation.plan.region;
  const planTitle = extract.plan.title ?? evaluation.plan.title ?? `${region ?? ''}规划`;
  const name = planTitle.replace(/^《|》$/g, '');
  return {
    title: `《${name}》${kind === 'final' ? '总结评估报告' : '中期评估报告'}`,
    planTitle: name,
    region,
    period: extract.plan.period,
    asOf,
    date: formatDate(now),
  };
}
