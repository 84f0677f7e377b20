import type { EvaluationMethod, IndicatorEvaluation, ProgressStatus } from '../domain/index.ts';
import type { Thresholds } from '../evaluation/index.ts';
import { statusLabel, statusOrderOf } from './labels.ts';
import type { ReportKind, StatusRule } from './report.ts';

/** 附录一: how the rows were judged, written from the method and thresholds the evaluation used. */
export interface MethodAppendix {
  /** e.g. 时序进度法（time-progress） */
  readonly method: string;
  /** which method, with which thresholds, and how many rows fell back to another rule */
  readonly intro: string;
  readonly rules: StatusRule[];
  readonly notes: string[];
}

const methodNames: Record<EvaluationMethod, string> = {
  'time-progress': '时序进度法', 'cagr-ratio': '增速比法', extrapolation: '趋势外推法',
};

const common: Partial<Record<ProgressStatus, string>> = {
  'no-data': '评估年份及以前没有监测值。',
  'not-assessable': '输入无法判断（如缺少基期值且只有一个监测值、定性目标报送了数值），说明中写明原因。',
  'not-achieved': '规划期末未达到目标。',
};

function pacedRules(method: EvaluationMethod, th: Thresholds): Partial<Record<ProgressStatus, string>> {
  const achieved = `最新值已达到目标（“左右”目标允许±${th.approx * 100}%；保持类目标须期末仍满足约束）；规划期内达到为提前实现，总结评估时达到为已完成。`;
  if (method === 'cagr-ratio') {
    return {
      achieved, ahead: '增速比法不区分快于预期。', 'on-track': `增速比 R = 实际年均增速 ÷ 所需年均增速 ≥ ${th.cagrOnTrack}。`,
      lagging: `${th.cagrLimited} ≤ R < ${th.cagrOnTrack}（需加速），或 0 ≤ R < ${th.cagrLimited}（进展有限）。`, regressing: 'R < 0（反向变化）。',
    };
  }
  if (method === 'extrapolation') {
    return {
      achieved, ahead: '趋势外推法不区分快于预期。', 'on-track': `预测期末完成程度 A = (预测值 − 基期值) ÷ (目标值 − 基期值) ≥ ${th.cagrOnTrack}。`,
      lagging: `${th.extrapolationRegressing} ≤ A < ${th.cagrOnTrack}。`, regressing: `A < ${th.extrapolationRegressing}。`,
    };
  }
  return {
    achieved, ahead: `进度比 r = 完成进度 ÷ 时序进度 ≥ ${th.ahead}。`, 'on-track': `${th.onTrack} ≤ 进度比 r < ${th.ahead}。`,
    lagging: `0 < 进度比 r < ${th.onTrack}；保持类目标不受此条约束。`, regressing: '进度比 r ≤ 0（没有进展或反向变化）；保持类目标在规划期内未满足约束时也属此类。',
  };
}

const finalRules = (th: Thresholds): Partial<Record<ProgressStatus, string>> => ({
  achieved: `规划期末达到目标（“左右”目标允许±${th.approx * 100}%；保持类目标最近一年仍满足约束；定性目标报送完成、建成、实现或达到）。`,
  'not-achieved': '规划期末未达到目标（保持类目标最近一年未满足约束；定性目标未报送完成类里程碑）。',
});

/** The appendix of the report of `kind`, judged by `method` with `thresholds`. */
export function buildMethodAppendix(kind: ReportKind, method: EvaluationMethod, thresholds: Thresholds, rows: readonly IndicatorEvaluation[]): MethodAppendix {
  const rules = { ...common, ...pacedRules(method, thresholds), ...(kind === 'final' ? finalRules(thresholds) : {}) };
  const statuses = statusOrderOf(kind).filter((s) => !(kind !== 'final' && method !== 'time-progress' && s === 'ahead'));
  const name = `${methodNames[method]}（${method}）`;
  return {
    method: name,
    intro: introOf(kind, method, name, rows),
    rules: statuses.map((status) => ({
      status, label: status === 'achieved' && kind !== 'final' ? '提前实现 / 已完成' : statusLabel(status, kind), rule: rules[status] ?? '',
    })),
    notes: [...notesOf(kind, method, thresholds), ...fallbackNote(kind, method, thresholds, rows)],
  };
}

const fallsBack = (r: IndicatorEvaluation) => /不适用/.test(r.explanation);

/** The rule the rows that fell back to 时序进度法 were judged by, which the table of another method does not print. */
function fallbackNote(kind: ReportKind, method: EvaluationMethod, th: Thresholds, rows: readonly IndicatorEvaluation[]): string[] {
  if (kind === 'final' || method === 'time-progress' || !rows.some(fallsBack)) return [];
  return [
    `按时序进度法判断的指标：进度比 r = 完成进度 ÷ 时序进度，r ≥ ${th.ahead} 为快于预期，${th.onTrack} ≤ r < ${th.ahead} 为基本符合预期，` +
      `0 < r < ${th.onTrack} 为相对滞后，r ≤ 0 为严重滞后（逆向）。`,
  ];
}

function introOf(kind: ReportKind, method: EvaluationMethod, name: string, rows: readonly IndicatorEvaluation[]): string {
  if (kind === 'final') return '本报告为总结评估，各指标按规划期末是否达到目标判定已完成或未完成，不计算进度。';
  const fallback = rows.filter(fallsBack).length;
  const rest = method === 'time-progress' ? '' : fallback
    ? `其中${fallback}项指标（累计类、年均增长类或缺少正的基期值、最新值）不适用${name.replace(/（.*$/, '')}，按时序进度法判断，判断依据中已注明。`
    : '';
  return `本报告各指标的评估状态按${name}判断，阈值如下表所列。${rest}`;
}

function notesOf(kind: ReportKind, method: EvaluationMethod, th: Thresholds): string[] {
  if (kind === 'final') {
    return [
      '实际完成：水平类指标为规划期内最新监测值，累计类为各年之和，年均增长类为各年增速的几何平均。',
      '完成进度 p = (L − B) ÷ (T − B)，L 为实际完成值，B 为基期值，T 为目标值。',
      '预警：未完成的约束性指标为红色，其余未完成指标为黄色。',
    ];
  }
  const byMethod: Record<EvaluationMethod, string> = {
    'time-progress': '时序进度 τ = (t − t0) ÷ (tT − t0)，t 为最新监测值年份，t0 为基期年份，tT 为目标年份；完成进度 p = (L − B) ÷ (T − B)，L 为最新值（累计类为各年之和），B 为基期值，T 为目标值。',
    'cagr-ratio': '实际年均增速 g实 = (L ÷ B)^(1 ÷ (t − t0)) − 1，所需年均增速 g需 = (T ÷ B)^(1 ÷ (tT − t0)) − 1，R = g实 ÷ g需；L、B、T 须为正数。',
    extrapolation: '预测值：水平类按基期以来的年均增速外推至目标年份，累计类按已报告年份的年均量外推，年均增长类取已报告年份增速的几何平均。',
  };
  return [
    byMethod[method],
    '年均增长类指标按已报告年份增速的几何平均与目标增速比较，不计算完成进度和时序进度。',
    `预警：相对滞后、严重滞后，或预测期末完成程度低于 ${th.atRisk}（难以实现）时标记；约束性指标为红色，其余为黄色。`,
  ];
}
