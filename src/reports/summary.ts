import type { IndicatorEvaluation, ProgressStatus } from '../domain/index.ts';
import { formatNumber } from './format.ts';
import { statusLabel, statusOrderOf } from './labels.ts';
import type { ReportKind, ReportSummary, StatusCount } from './report.ts';

/** Counts by status (the phase's statuses) and the overall judgement written from them. */
export function buildSummary(evaluations: readonly IndicatorEvaluation[], kind: ReportKind): ReportSummary {
  // the evaluation's own labels, so that the counts read like the rows (提前实现 / 已完成)
  const counts: StatusCount[] = statusOrderOf(kind).map((status) => {
    const judged = evaluations.filter((e) => e.status === status);
    const labels = new Set(judged.map((e) => e.label));
    return { status, label: labels.size === 1 ? [...labels][0] : statusLabel(status, kind), count: judged.length };
  });
  const warnings = {
    red: evaluations.filter((e) => e.warning === 'red').length,
    yellow: evaluations.filter((e) => e.warning === 'yellow').length,
  };
  const missed = kind === 'final' ? missedTargets(evaluations) : '';
  return {
    total: evaluations.length, counts, warnings, judgement: judgement(counts, warnings, evaluations.length, kind, missed), named: namedGroups(evaluations, kind),
  };
}

/** The indicators ahead, behind and warned, by name: what a leader reads first. */
function namedGroups(evaluations: readonly IndicatorEvaluation[], kind: ReportKind): string[] {
  const names = (statuses: readonly ProgressStatus[], withLabel = false) =>
    evaluations.filter((e) => statuses.includes(e.status)).map((e) => (withLabel ? `${e.name}（${e.label}）` : e.name));
  const warned = evaluations.filter((e) => e.warning).map((e) => `${e.name}（${e.warning === 'red' ? '红色' : '黄色'}）`);
  const groups: Array<[string, string[]]> = kind === 'final'
    ? [['已完成的指标', names(['achieved'])], ['未完成的指标', names(['not-achieved'])], ['预警指标', warned]]
    : [['进展较好的指标（提前实现、快于预期）', names(['achieved', 'ahead'], true)], ['进展滞后的指标', names(['lagging', 'regressing'], true)], ['预警指标', warned]];
  return groups.filter(([, list]) => list.length > 0).map(([label, list]) => `${label}：${list.join('、')}。`);
}

const count = (counts: readonly StatusCount[], ...statuses: ProgressStatus[]) =>
  counts.filter((c) => statuses.includes(c.status)).reduce((n, c) => n + c.count, 0);

function judgement(counts: readonly StatusCount[], warnings: ReportSummary['warnings'], total: number, kind: ReportKind, missed: string): string {
  if (total === 0) return '规划未列出可评估的指标。';
  const listed = counts.filter((c) => c.count > 0).map((c) => `${c.count}项${c.label}`);
  const sentences = [`${total}项指标中，${listed.join('、')}。`];
  const warned = warnings.red + warnings.yellow;
  if (warned > 0) {
    const parts = [warnings.red ? `红色${warnings.red}项` : '', warnings.yellow ? `黄色${warnings.yellow}项` : ''].filter(Boolean);
    const binding = warnings.red ? (kind === 'final' ? '，约束性指标未完成须说明原因' : '，约束性指标须重点推进') : '';
    sentences.push(`${warned}项指标预警（${parts.join('、')}）${binding}。`);
  }
  if (missed) sentences.push(missed);
  sentences.push(kind === 'final' ? overallFinal(counts) : overall(counts));
  return sentences.join('');
}

/** 未完成的指标：居民人均可支配收入年均增长（目标7，实际年均6.59%）、… */
function missedTargets(evaluations: readonly IndicatorEvaluation[]): string {
  const missed = evaluations.filter((e) => e.status === 'not-achieved');
  if (!missed.length) return '';
  const named = missed.map((e) => `${e.name}（目标${e.target?.raw ?? '—'}，实际${actualOf(e)}）`);
  return `未完成的指标：${named.join('、')}。`;
}

const actualOf = (e: IndicatorEvaluation): string => {
  if (e.level == null) return '未报送完成';
  return e.form === 'growth' ? `年均${formatNumber(e.level, 2)}%` : e.form === 'cumulative' ? `累计${formatNumber(e.level, 4)}` : formatNumber(e.level, 4);
};

const insufficient = (judged: number, verdict: string, unjudged: number) =>
  `已评估的${judged}项指标${verdict}；其余${unjudged}项暂无数据或无法评估，尚不足以作出总体判断，需补报监测数据。`;

/** The closing phrase of a 总结评估报告: how much of the plan was achieved. */
function overallFinal(counts: readonly StatusCount[]): string {
  const achieved = count(counts, 'achieved');
  const judged = achieved + count(counts, 'not-achieved');
  const unjudged = count(counts, 'no-data', 'not-assessable');
  if (judged === 0) return '现有监测数据不足以作出总体判断，需补报监测数据。';
  if (unjudged > judged) return insufficient(judged, achieved === 0 ? '均未完成' : `中${achieved}项已完成`, unjudged);
  const phrase = achieved === judged ? '规划目标全面完成' : achieved / judged >= 0.8 ? '规划目标基本完成' : '部分规划目标未能完成';
  return `总体看，${phrase}。`;
}

/** The closing phrase while the period runs: how the judged indicators, taken together, are doing. */
function overall(counts: readonly StatusCount[]): string {
  const good = count(counts, 'achieved', 'ahead', 'on-track');
  const behind = count(counts, 'lagging', 'regressing');
  const judged = good + behind;
  const unjudged = count(counts, 'no-data', 'not-assessable');
  if (judged === 0) return '现有监测数据不足以作出总体判断，需补报监测数据。';
  if (unjudged > judged) return insufficient(judged, good === 0 ? '均进展滞后' : `中${good}项进展符合或好于预期`, unjudged);
  const share = good / judged;
  const phrase =
    share >= 0.9 && count(counts, 'achieved', 'ahead') * 2 >= judged ? '总体进展好于预期'
    : share >= 0.7 ? '总体进展基本符合预期'
    : share >= 0.5 ? '总体进展基本符合预期，但部分指标相对滞后'
    : '总体进展滞后于预期，需加大推进力度';
  return `${phrase}。`;
}
