import { phaseLabels, type PlanEvaluation, type ProgressStatus, type Warning } from '../domain/index.ts';
import { evaluationTables, summaryLine, type TextTable } from '../services/index.ts';
import { alignColumns } from './text-table.ts';

/** ANSI colours, used only when stdout is a terminal. */
const statusColour: Record<ProgressStatus, string> = {
  achieved: '32', ahead: '32', 'on-track': '36', lagging: '33', regressing: '31', 'not-achieved': '31', 'no-data': '2', 'not-assessable': '2',
};
const warningColour: Record<Warning, string> = { red: '31', yellow: '33' };
const paint = (text: string, code: string, on: boolean) => (on && text ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Aligned rows; `decorate` colours a body cell after padding. */
function aligned(table: TextTable, decorate: (row: number, column: number, text: string) => string): string[] {
  return alignColumns([table.header, ...table.rows], (row, column, padded) => (row === 0 ? padded : decorate(row - 1, column, padded)));
}

/** The evaluation as a readable Chinese table, then the explanations and the completion table. */
export function renderEvaluationText(evaluation: PlanEvaluation, colour: boolean): string {
  const tables = evaluationTables(evaluation);
  const brief: TextTable = { header: tables.indicators.header.slice(0, -1), rows: tables.indicators.rows.map((r) => r.slice(0, -1)) };
  const lines = [
    `${evaluation.plan.title ?? '（未识别标题）'}${evaluation.plan.region ? `（${evaluation.plan.region}）` : ''}`,
    `评估基准年：${evaluation.asOf}年（${phaseLabels[evaluation.phase]}）    方法：${evaluation.method}`,
    ...evaluation.notices.map((n) => `注意：${n}`),
    summaryLine(evaluation),
    '',
    ...aligned(brief, (row, column, text) => {
      const e = evaluation.indicators[row];
      if (column === tables.indicators.statusColumn) return paint(text, statusColour[e.status], colour);
      if (column === tables.indicators.warningColumn && e.warning) return paint(text, warningColour[e.warning], colour);
      return text;
    }),
    '',
    '说明：',
    ...evaluation.indicators.map((e, i) => `  ${i + 1}. ${e.name}：${e.explanation}`),
  ];
  if (evaluation.completion.length) {
    const s = evaluation.completionSummary;
    lines.push('', `完成情况表（${evaluation.completion[0].table}）：已完成${s.achieved}，未完成${s['not-achieved']}，暂无数据${s['no-data']}`, '');
    lines.push(...aligned(tables.completion, (_row, _column, text) => text));
  }
  return `${lines.join('\n')}\n`;
}
