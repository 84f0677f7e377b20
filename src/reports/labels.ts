import { phaseStatuses, type Attribute, type ProgressStatus, type Warning } from '../domain/index.ts';
import type { Report, ReportKind, StatusRule } from './report.ts';
import { labelFor, statusLabels } from '../evaluation/index.ts';

export { statusLabels };

/** The order a report of this kind counts and lists statuses in, best first (its phase's statuses). */
export const statusOrderOf = (kind: ReportKind): readonly ProgressStatus[] => phaseStatuses[kind];

/** The label a status carries in a report of this kind (已完成 in a 总结评估报告). */
export const statusLabel = (status: ProgressStatus, kind: ReportKind): string => labelFor(status, kind === 'final');

/** evaluation.md's rules, as the appendix explains them (default method time-progress). */
const rules: Record<ProgressStatus, string> = {
  'no-data': '评估年份及以前没有监测值。',
  'not-assessable': '输入无法判断（如缺少基期值且只有一个监测值、定性目标报送了数值），说明中写明原因。',
  achieved: '最新值已达到目标（“左右”目标允许±2%；保持类目标须期末仍满足约束）；规划期内达到为提前实现，总结评估时达到为已完成。',
  ahead: '进度比 r = 完成进度 ÷ 时序进度 ≥ 1.1。',
  'on-track': '0.8 ≤ 进度比 r < 1.1。',
  lagging: '0 < 进度比 r < 0.8；保持类目标不受此条约束。',
  regressing: '进度比 r ≤ 0（没有进展或反向变化）；保持类目标在规划期内未满足约束时也属此类。',
  'not-achieved': '规划期末未达到目标。',
};

/** The rules of a 总结评估报告: a final verdict per target, no pace. */
const finalRules: Partial<Record<ProgressStatus, string>> = {
  achieved: '规划期末达到目标（“左右”目标允许±2%；保持类目标最近一年仍满足约束；定性目标报送完成、建成、实现或达到）。',
  'not-achieved': '规划期末未达到目标（保持类目标最近一年未满足约束；定性目标未报送完成类里程碑）。',
};

export const statusRules = (kind: ReportKind): StatusRule[] =>
  statusOrderOf(kind).map((status) => ({
    status,
    label: status === 'achieved' && kind !== 'final' ? '提前实现 / 已完成' : statusLabel(status, kind),
    rule: (kind === 'final' ? finalRules[status] : undefined) ?? rules[status],
  }));

const paceNotes: readonly string[] = [
  '时序进度 τ = (t − t0) ÷ (tT − t0)，t 为最新监测值年份，t0 为基期年份，tT 为目标年份。',
  '完成进度 p = (L − B) ÷ (T − B)，L 为最新值（累计类为各年之和），B 为基期值，T 为目标值。',
  '年均增长类指标按已报告年份增速的几何平均判断，不计算完成进度和时序进度。',
  '预警：相对滞后、严重滞后或预测期末难以实现时标记；约束性指标为红色，其余为黄色。',
];

const finalNotes: readonly string[] = [
  '实际完成：水平类指标为规划期内最新监测值，累计类为各年之和，年均增长类为各年增速的几何平均。',
  '完成进度 p = (L − B) ÷ (T − B)，L 为实际完成值，B 为基期值，T 为目标值。',
  '预警：未完成的约束性指标为红色，其余未完成指标为黄色。',
];

/** How the report's measures are computed: pace and forecast while the period runs, the final verdict at its end. */
export const measureNotesOf = (kind: ReportKind): readonly string[] => (kind === 'final' ? finalNotes : paceNotes);

export const attributeLabel = (attribute: Attribute | null): string =>
  attribute === 'binding' ? '约束性' : attribute === 'expected' ? '预期性' : '';

export const warningLabel = (warning: Warning | null): string =>
  warning === 'red' ? '红色预警' : warning === 'yellow' ? '黄色预警' : '';

/** Fill colours of status cells (HTML and Word), hex without #. */
export const statusColours: Record<ProgressStatus, string> = {
  achieved: 'C6EFCE',
  ahead: 'C6EFCE',
  'on-track': 'DDEBF7',
  lagging: 'FFEB9C',
  regressing: 'FFC7CE',
  'not-achieved': 'FFC7CE',
  'no-data': 'EDEDED',
  'not-assessable': 'EDEDED',
};

export const warningColours: Record<Warning, string> = { red: 'C00000', yellow: 'BF8F00' };

/** Section headings, the same in every format (a 总结评估报告 renames 二 and 三: see titlesOf). */
export const sectionTitles = {
  summary: '一、总体评估',
  indicators: '二、主要指标进展情况',
  gaps: '三、滞后及约束性指标差距分析',
  charts: '四、指标走势',
  completion: '五、上一规划期指标完成情况',
  boxes: '六、专栏重点项目跟踪',
  rules: '附录一 评估状态说明',
  sources: '附录二 数据来源',
} as const;

/** The section headings of a report of this kind. */
export const titlesOf = (kind: ReportKind): Record<keyof typeof sectionTitles, string> =>
  kind === 'final' ? { ...sectionTitles, indicators: '二、规划目标完成情况', gaps: '三、未完成及约束性指标分析' } : sectionTitles;

/** Column headings of the indicator table. */
export const indicatorColumns = ['类别', '指标', '单位', '基期值', '目标值', '属性', '最新值', '年度目标', '完成进度', '时序进度', '评估状态', '预警'] as const;

/** Column headings of the plan's own 完成情况 table (总结评估报告). */
export const finalColumns = ['类别', '指标', '单位', '基期值', '规划目标', '属性', '实际完成', '完成进度', '完成情况', '预警'] as const;

export const completionColumns = ['指标', '单位', '规划目标', '实际完成', '完成情况'] as const;

export const gapColumns = ['指标', '属性', '状态', '最新值', '目标值', '差距', '所需年均进度', '判断依据'] as const;

/** Gap columns of a report of this kind: a 总结评估报告 states a conclusion, not a pace still needed. */
export const gapColumnsOf = (kind: ReportKind): readonly string[] =>
  kind === 'final' ? ['指标', '属性', '完成情况', '实际完成', '规划目标', '差距', '结论', '判断依据'] : gapColumns;

/** The cover's facts under the title: 地区, 规划期, 评估基准年, date (those the report has). */
export const coverFacts = (cover: Report['cover']): string[] =>
  [
    cover.region ? `地区：${cover.region}` : '',
    cover.period ? `规划期：${cover.period.start}—${cover.period.end}年` : '',
    `评估基准年：${cover.asOf}年`,
    ...cover.notices.map((n) => `说明：${n}`),
    cover.date,
  ].filter(Boolean);

/** Said when section 三 has no rows. */
export const noGapsText = (kind: ReportKind): string => (kind === 'final' ? '无未完成或约束性指标。' : '无相对滞后或约束性指标。');
