import type { CompletionEvaluation, CompletionStatus, Direction, Indicator, Value } from '../domain/index.ts';
import { resolveDirection } from './direction.ts';
import { isGrowthName } from './classify-form.ts';
import { milestoneStatus } from './judge-qualitative.ts';
import { meets } from './measures.ts';
import { completionLabels } from './status.ts';
import { defaultThresholds, type Thresholds } from './thresholds.ts';
import { isPercentTarget } from './units.ts';

/** A cell that states nothing: empty, or a dash (-, —, ／). */
export const isBlankValue = (v: Value | null): boolean =>
  v === null || (v.value === null && /^[\s\-—–－―/／…]*$/.test(v.text ?? v.raw));

const cell = (v: Value) => ({ raw: v.raw, value: v.value });

/**
 * 总结评估: one row of a completion table judged by the rule for "met". Rows without a planned
 * target are left out (undefined); growth rows compare the two rates; a milestone word such as
 * 完成 meets a qualitative target.
 */
export function evaluateCompletionRow(
  row: Indicator,
  thresholds: Thresholds = defaultThresholds,
  catalogue?: Direction | null,
): CompletionEvaluation | undefined {
  const target = row.target;
  if (target === null || isBlankValue(target)) return undefined;
  const actual = isBlankValue(row.actual) ? null : row.actual!;
  const status: CompletionStatus = actual === null ? 'no-data' : judgeRow(row, target, actual, thresholds, catalogue);
  return {
    ...(row.rowId === undefined ? {} : { id: row.rowId }),
    table: row.table,
    name: row.name,
    unit: row.unit,
    target: cell(target),
    actual: actual && cell(actual),
    status,
    label: completionLabels[status],
  };
}

function judgeRow(row: Indicator, target: Value, actual: Value, th: Thresholds, catalogue?: Direction | null): CompletionStatus {
  if (actual.value === null) {
    const word = (actual.text ?? actual.raw).trim();
    return milestoneStatus[word] === 'achieved' ? 'achieved' : 'not-achieved';
  }
  if (target.value === null) return 'not-achieved';
  const growth = isGrowthName(row.name) && isPercentTarget(row);
  const direction = growth && !(target.comparator === 'le' || target.comparator === 'lt')
    ? 1
    : resolveDirection({ name: row.name, catalogue, comparator: target.comparator, baseline: row.baseline?.value ?? null, target: target.value }).direction;
  const reading = { value: actual.value, comparator: actual.comparator };
  return meets(reading, target.value, target.comparator, direction, th.approx) ? 'achieved' : 'not-achieved';
}

/** Counts of a completion table's statuses. */
export function summarizeCompletion(rows: readonly CompletionEvaluation[]): Record<CompletionStatus, number> {
  const summary: Record<CompletionStatus, number> = { achieved: 0, 'not-achieved': 0, 'no-data': 0 };
  for (const row of rows) summary[row.status] += 1;
  return summary;
}
