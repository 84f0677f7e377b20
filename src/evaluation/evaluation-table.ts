import type { CompletionEvaluation, ForecastOutcome, IndicatorEvaluation, PlanEvaluation, Warning } from '../domain/index.ts';
import { numberText, percentText } from './round.ts';

/** A table as rows of text cells, the same for the terminal and the Excel sheet. */
export interface TextTable {
  readonly header: string[];
  readonly rows: string[][];
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

export const completionHeader = ['序号', '指标', '单位', '规划目标', '实际完成', '结果'];

/** One completion-table row as a row of the 完成情况表. */
export const completionRow = (c: CompletionEvaluation, index: number): string[] =>
  [String(index + 1), c.name, c.unit ?? '', c.target.raw, c.actual?.raw ?? dash, c.label];

/** The 指标评估表 and 完成情况表 of an evaluation. */
export function evaluationTables(evaluation: PlanEvaluation): { indicators: TextTable; completion: TextTable } {
  return {
    indicators: { header: indicatorHeader, rows: evaluation.indicators.map(indicatorRow) },
    completion: { header: completionHeader, rows: evaluation.completion.map(completionRow) },
  };
}

/** "20项指标：提前实现 2，…；预警 3" */
export function summaryLine(evaluation: PlanEvaluation): string {
  const s = evaluation.summary;
  const parts: Array<[string, number]> = [
    ['提前实现', s.achieved], ['快于预期', s.ahead], ['基本符合预期', s['on-track']], ['相对滞后', s.lagging],
    ['严重滞后', s.regressing], ['暂无数据', s['no-data']], ['无法评估', s['not-assessable']],
  ];
  return `${evaluation.indicators.length}项指标：${parts.map(([label, n]) => `${label}${n}`).join('，')}；预警${s.warnings}项`;
}
