import type { IndicatorEvaluation, ProgressStatus } from '../domain/index.ts';
import { statusLabel, statusOrder } from './labels.ts';
import type { ReportKind, ReportSummary, StatusCount } from './report.ts';

/** Counts by status and the overall judgement written from them. */
export function buildSummary(evaluations: readonly IndicatorEvaluation[], kind: ReportKind): ReportSummary {
  // the evaluation's own labels, so that the counts read like the rows (提前实现 / 已实现)
  const counts: StatusCount[] = statusOrder.map((status) => {
    const judged = evaluations.filter((e) => e.status === status);
    const labels = new Set(judged.map((e) => e.label));
    return { status, label: labels.size === 1 ? [...labels][0] : statusLabel(status, kind), count: judged.length };
  });
  const warnings = {
    red: evaluations.filter((e) => e.warning === 'red').length,
    yellow: evaluations.filter((e) => e.warning === 'yellow').length,
  };
  return { total: evaluations.length, counts, warnings, judgement: judgement(counts, warnings, evaluations.length, kind) };
}

const count = (counts: readonly StatusCount[], ...statuses: ProgressStatus[]) =>
  counts.filter((c) => statuses.includes(c.status)).reduce((n, c) => n + c.count, 0);

function judgement(counts: readonly StatusCount[], warnings: ReportSummary['warnings'], total: number, kind: ReportKind): string {
  if (total === 0) return '规划未列出可评估的指标。';
  const listed = counts.filter((c) => c.count > 0).map((c) => `${c.count}项${c.label}`);
  const sentences = [`${total}项指标中，${listed.join('、')}。`];
  const warned = warnings.red + warnings.yellow;
  if (warned > 0) {
    const parts = [warnings.red ? `红色${warnings.red}项` : '', warnings.yellow ? `黄色${warnings.yellow}项` : ''].filter(Boolean);
    sentences.push(`${warned}项指标预警（${parts.join('、')}）${warnings.red ? '，约束性指标须重点推进' : ''}。`);
  }
  sentences.push(overall(counts, kind));
  return sentences.join('');
}

/** The closing phrase: how the judged indicators, taken together, are doing. */
function overall(counts: readonly StatusCount[], kind: ReportKind): string {
  const good = count(counts, 'achieved', 'ahead', 'on-track');
  const behind = count(counts, 'lagging', 'regressing');
  const judged = good + behind;
  const unjudged = count(counts, 'no-data', 'not-assessable');
  if (judged === 0) return '现有监测数据不足以作出总体判断，需补报监测数据。';
  if (unjudged > judged) {
    const achieved = kind === 'final' ? count(counts, 'achieved') : good;
    const verdict = achieved === 0 ? `均${kind === 'final' ? '未实现' : '进展滞后'}` : `中${achieved}项${kind === 'final' ? '已实现' : '进展符合或好于预期'}`;
    return `已评估的${judged}项指标${verdict}；其余${unjudged}项暂无数据或无法评估，尚不足以作出总体判断，需补报监测数据。`;
  }
  const share = good / judged;
  if (kind === 'final') {
    const achieved = count(counts, 'achieved');
    const phrase = achieved === judged ? '规划目标全面实现' : achieved / judged >= 0.8 ? '规划目标基本实现' : '部分规划目标未能实现';
    return `总体看，${phrase}。`;
  }
  const phrase =
    share >= 0.9 && count(counts, 'achieved', 'ahead') * 2 >= judged ? '总体进展好于预期'
    : share >= 0.7 ? '总体进展基本符合预期'
    : share >= 0.5 ? '总体进展基本符合预期，但部分指标相对滞后'
    : '总体进展滞后于预期，需加大推进力度';
  return `${phrase}。`;
}
