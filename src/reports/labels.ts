import { phaseStatuses, type Attribute, type ProgressStatus, type Warning } from '../domain/index.ts';
import type { Report, ReportKind } from './report.ts';
import { labelFor, statusLabels } from '../evaluation/index.ts';

export { statusLabels };

/** The order a report of this kind counts and lists statuses in, best first (its phase's statuses). */
export const statusOrderOf = (kind: ReportKind): readonly ProgressStatus[] => phaseStatuses[kind];

/** The label a status carries in a report of this kind (已完成 in a 总结评估报告). */
export const statusLabel = (status: ProgressStatus, kind: ReportKind): string => labelFor(status, kind === 'final');

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
  problems: '四、存在问题',
  suggestions: '五、下一步建议',
  charts: '六、指标走势',
  completion: '七、上一规划期指标完成情况',
  boxes: '八、专栏重点项目跟踪',
  rules: '附录一 评估方法与判断标准',
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
    `编制单位：${cover.preparedBy ?? '＿＿＿＿＿＿＿＿'}`,
    cover.date,
  ].filter(Boolean);

/** Said when section 三 has no rows. */
export const noGapsText = (kind: ReportKind): string => (kind === 'final' ? '无未完成或约束性指标。' : '无相对滞后或约束性指标。');

/** Said above 存在问题 and 下一步建议: they are drafted by the program and must be checked. */
export const draftNotice = '【初稿，请核改】以下内容由系统根据监测数据自动起草，请结合实际情况核实、修改后使用。';
