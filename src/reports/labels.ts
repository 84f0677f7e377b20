import type { Attribute, ProgressStatus, Warning } from '../domain/index.ts';
import type { Report, ReportKind, StatusRule } from './report.ts';
import { statusLabels } from '../evaluation/index.ts';

export { statusLabels };

/** The order statuses are counted and listed in, best first. */
export const statusOrder: readonly ProgressStatus[] = ['achieved', 'ahead', 'on-track', 'lagging', 'regressing', 'no-data', 'not-assessable'];

/** The label a status carries in a report of this kind (已实现 once the period is over). */
export const statusLabel = (status: ProgressStatus, kind: ReportKind): string =>
  status === 'achieved' && kind === 'final' ? '已实现' : statusLabels[status];

/** evaluation.md's rules, as the appendix explains them (default method time-progress). */
const rules: Record<ProgressStatus, string> = {
  'no-data': '评估年份及以前没有监测值。',
  'not-assessable': '输入无法判断（如缺少基期值且只有一个监测值、定性目标报送了数值），说明中写明原因。',
  achieved: '最新值已达到目标（“左右”目标允许±2%；保持类目标须期末仍满足约束）；规划期末前达到为提前实现，期末数据达到为已实现。',
  ahead: '进度比 r = 完成进度 ÷ 时序进度 ≥ 1.1。',
  'on-track': '0.8 ≤ 进度比 r < 1.1。',
  lagging: '0 < 进度比 r < 0.8；保持类目标不受此条约束。',
  regressing: '进度比 r ≤ 0（没有进展或反向变化）；保持类目标在规划期内未满足约束时也属此类。',
};

export const statusRules = (kind: ReportKind): StatusRule[] =>
  statusOrder.map((status) => ({ status, label: status === 'achieved' ? '提前实现 / 已实现' : statusLabel(status, kind), rule: rules[status] }));

export const measureNotes: readonly string[] = [
  '时序进度 τ = (t − t0) ÷ (tT − t0)，t 为最新监测值年份，t0 为基期年份，tT 为目标年份。',
  '完成进度 p = (L − B) ÷ (T − B)，L 为最新值（累计类为各年之和），B 为基期值，T 为目标值。',
  '年均增长类指标按已报告年份增速的几何平均判断，不计算完成进度和时序进度。',
  '预警：相对滞后、严重滞后或预测期末难以实现时标记；约束性指标为红色，其余为黄色。',
];

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
  'no-data': 'EDEDED',
  'not-assessable': 'EDEDED',
};

export const warningColours: Record<Warning, string> = { red: 'C00000', yellow: 'BF8F00' };

/** Section headings, the same in every format. */
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

/** Column headings of the indicator table. */
export const indicatorColumns = ['类别', '指标', '单位', '基期值', '目标值', '属性', '最新值', '年度目标', '完成进度', '时序进度', '评估状态', '预警'] as const;

export const completionColumns = ['指标', '单位', '规划目标', '实际完成', '完成情况'] as const;

export const gapColumns = ['指标', '属性', '状态', '最新值', '目标值', '差距', '所需年均进度', '判断依据'] as const;

/** The cover's facts under the title: 地区, 规划期, 评估基准年, date (those the report has). */
export const coverFacts = (cover: Report['cover']): string[] =>
  [
    cover.region ? `地区：${cover.region}` : '',
    cover.period ? `规划期：${cover.period.start}—${cover.period.end}年` : '',
    `评估基准年：${cover.asOf}年`,
    cover.date,
  ].filter(Boolean);
