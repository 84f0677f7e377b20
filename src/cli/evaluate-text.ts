import type { PlanEvaluation, ProgressStatus, Warning } from '../domain/index.ts';
import { evaluationTables, summaryLine, type TextTable } from '../services/index.ts';

/** ANSI colours, used only when stdout is a terminal. */
const statusColour: Record<ProgressStatus, string> = {
  achieved: '32', ahead: '32', 'on-track': '36', lagging: '33', regressing: '31', 'no-data': '2', 'not-assessable': '2',
};
const warningColour: Record<Warning, string> = { red: '31', yellow: '33' };
const paint = (text: string, code: string, on: boolean) => (on && text ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Columns in a terminal: CJK and full-width characters take two. */
const width = (text: string) =>
  [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u25b2]/u.test(ch) ? 2 : 1), 0);

/** Aligned rows; `decorate` colours a cell after padding so escapes do not upset the widths. */
function aligned(table: TextTable, decorate: (row: number, column: number, text: string) => string): string[] {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  return all.map((r, i) => r.map((cell, c) => {
    const padded = c === r.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell));
    return i === 0 ? padded : decorate(i - 1, c, padded);
  }).join('  ').trimEnd());
}

/** The evaluation as a readable Chinese table, then the explanations and the completion table. */
export function renderEvaluationText(evaluation: PlanEvaluation, colour: boolean): string {
  const tables = evaluationTables(evaluation);
  const brief: TextTable = { header: tables.indicators.header.slice(0, -1), rows: tables.indicators.rows.map((r) => r.slice(0, -1)) };
  const lines = [
    `${evaluation.plan.title ?? '（未识别标题）'}${evaluation.plan.region ? `（${evaluation.plan.region}）` : ''}`,
    `评估基准年：${evaluation.asOf}年    方法：${evaluation.method}`,
    summaryLine(evaluation),
    '',
    ...aligned(brief, (row, column, text) => {
      const e = evaluation.indicators[row];
      if (column === 10) return paint(text, statusColour[e.status], colour);
      if (column === 11 && e.warning) return paint(text, warningColour[e.warning], colour);
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
