import { phaseStatuses, type CompletionEvaluation, type ForecastOutcome, type IndicatorEvaluation, type PlanEvaluation, type Warning } from '../domain/index.ts';
import { labelFor } from './status.ts';
import { numberText, percentText } from './round.ts';

/** A table as rows of text cells, the same for the terminal and the Excel sheet. */
export interface TextTable {
  readonly header: string[];
  readonly rows: string[][];
}

/** The 指标评估表, with where its status and warning stand (for colouring). */
export interface IndicatorTextTable extends TextTable {
  readonly statusColumn: number;
  readonly warningColumn: number;
}

const attributeText = { expected: '预期性', binding: '约束性' } as const;
const outcomeText: Record<ForecastOutcome, string> = { likely: '有望实现', 'at-risk': '存在风险', unlikely: '难以实现' };
export const warningText: Record<Warning, string> = { red: '▲红', yellow: '▲黄' };
const dash = '—';

const num = (x: number | null | undefined): string => (x === null || x === undefined ? dash : numberText(x));
const pct = (x: number | null): string => (x === null ? dash : percentText(x));
const dated = (v: { year: number; value: number | null } | null, raw?: string): string =>
  v === null ? dash : `${raw ?? num(v.value)}（${v.year}）`;

export const indicatorHeader = ['序号', '指标', '单位', '属性', '基期值', '目标值', '最新值', '完成进度', '时序进度', '进度比', '评估结果', '预警', '期末预测', '预测判断', '说明'];

/** One indicator as a row of the 指标评估表. */
export function indicatorRow(e: IndicatorEvaluation, index: number): string[] {
  return [
    String(index + 1), e.name, e.unit ?? '', e.attribute ? attributeText[e.attribute] : '',
    dated(e.baseline), e.target ? `${e.target.raw}（${e.target.year}）` : dash, dated(e.latest),
    pct(e.completion), pct(e.timeProgress), num(e.pace), e.label, e.warning ? warningText[e.warning] : '',
    num(e.forecast?.value), e.forecast ? outcomeText[e.forecast.outcome] : dash, e.explanation,
  ];
}

/** The 总结评估's table: a final verdict per target, no pace and no forecast. */
export const finalHeader = ['序号', '指标', '单位', '属性', '基期值', '目标值', '实际完成', '完成进度', '评估结果', '预警', '说明'];

/** 实际完成: the level judged, with its year (growth: the compound mean rate; totals: the sum). */
function actualText(e: IndicatorEvaluation): string {
  if (!e.latest || e.level == null) return dated(e.latest);
  if (e.form === 'growth') return `年均${num(e.level)}%（至${e.latest.year}）`;
  return e.form === 'cumulative' ? `累计${num(e.level)}（至${e.latest.year}）` : dated(e.latest);
}

/** One indicator as a row of the 总结评估's table. */
export function finalRow(e: IndicatorEvaluation, index: number): string[] {
  return [
    String(index + 1), e.name, e.unit ?? '', e.attribute ? attributeText[e.attribute] : '', dated(e.baseline),
    e.target ? `${e.target.raw}（${e.target.year}）` : dash, actualText(e), pct(e.completion), e.label,
    e.warning ? warningText[e.warning] : '', e.explanation,
  ];
}

export const completionHeader = ['序号', '指标', '单位', '规划目标', '实际完成', '结果'];

/** One completion-table row as a row of the 完成情况表. */
export const completionRow = (c: CompletionEvaluation, index: number): string[] =>
  [String(index + 1), c.name, c.unit ?? '', c.target.raw, c.actual?.raw ?? dash, c.label];

/** The 指标评估表 (at the final phase the 总结评估's table) and the 完成情况表 of an evaluation. */
export function evaluationTables(evaluation: PlanEvaluation): { indicators: IndicatorTextTable; completion: TextTable } {
  const final = evaluation.phase === 'final';
  const header = final ? finalHeader : indicatorHeader;
  return {
    indicators: {
      header, rows: evaluation.indicators.map(final ? finalRow : indicatorRow),
      statusColumn: header.indexOf('评估结果'), warningColumn: header.indexOf('预警'),
    },
    completion: { header: completionHeader, rows: evaluation.completion.map(completionRow) },
  };
}

/** "20项指标：提前实现2，…；预警3项" (the phase's statuses: 已完成2，未完成1，… at the final evaluation) */
export function summaryLine(evaluation: PlanEvaluation): string {
  const s = evaluation.summary;
  const final = evaluation.phase === 'final';
  const parts = phaseStatuses[evaluation.phase].map((status) => `${labelFor(status, final).replace('（逆向）', '')}${s[status] ?? 0}`);
  return `${evaluation.indicators.length}项指标：${parts.join('，')}；预警${s.warnings}项`;
}
