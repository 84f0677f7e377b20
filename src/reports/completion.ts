import type { CompletionEvaluation, CompletionStatus } from '../domain/index.ts';
import type { CompletionSection } from './report.ts';

const order: readonly CompletionStatus[] = ['achieved', 'not-achieved', 'no-data'];

/** The judged rows of the plan's completion tables, with a one-sentence tally. */
export function buildCompletion(rows: readonly CompletionEvaluation[]): CompletionSection {
  if (!rows.length) return { summary: '本规划未列出上一规划期指标完成情况表。', rows: [] };
  const tally = order
    .map((status) => ({ count: rows.filter((r) => r.status === status).length, label: rows.find((r) => r.status === status)?.label }))
    .filter((t) => t.count > 0)
    .map((t) => `${t.count}项${t.label}`);
  return {
    summary: `上一规划期${rows.length}项指标中，${tally.join('、')}。`,
    rows: rows.map((r) => ({
      table: r.table, name: r.name, unit: r.unit ?? '', target: r.target.raw || '—', actual: r.actual?.raw || '—', status: r.status, label: r.label,
    })),
  };
}
