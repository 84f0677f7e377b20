import type { ColumnRole } from './table-header.ts';
import { fold } from './table-lines.ts';

// How a header's years and periods settle which column is this plan's target, and which its baseline.

/**
 * “十四五”规划目标 | 完成情况 | 2030年目标: a plan citing the last period's targets sets its own in the
 * latest target column; the earlier ones are the last plan's. A target a plan period or more later
 * (2035年远景目标 beside 2025年目标) is the vision and leaves the earlier one the target.
 */
export function latestTarget(cells: readonly string[], roles: ColumnRole[]): void {
  const targets = roles.flatMap((role, c) => (role === 'target' && yearOf(cells[c]) !== undefined ? [c] : []));
  if (targets.length < 2) return;
  const yearAt = (c: number) => yearOf(cells[c])!;
  const first = Math.min(...targets.map(yearAt));
  const within = targets.filter((c) => yearAt(c) - first < VISION_YEARS);
  const latest = within.reduce((a, c) => (yearAt(c) > yearAt(a) ? c : a));
  if (yearAt(latest) === first) return;
  for (const c of targets) if (c !== latest && yearAt(c) < yearAt(latest)) roles[c] = 'other';
}

/** A year this far past the plan's target is its outlook (2035 beside 2025), not a target. */
export const VISION_YEARS = 10;

const PERIOD_END: Readonly<Record<string, number>> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030 };

export function yearOf(printed: string): number | undefined {
  const h = fold(printed);
  const year = /(?:19|20)\d\d/.exec(h)?.[0];
  if (year) return Number(year);
  const period = Object.keys(PERIOD_END).find((p) => h.includes(p));
  return period ? PERIOD_END[period] : undefined;
}

/** “十三五”规划目标 | 2020年完成数: a 完成数 of the target's own year is what was achieved, not a baseline. */
export function achievedInTargetYear(cells: readonly string[], roles: ColumnRole[]): void {
  const targetYear = roles.includes('target') ? yearOf(cells[roles.indexOf('target')]) : undefined;
  cells.forEach((cell, i) => {
    if (roles[i] === 'baseline' && /完成数/.test(fold(cell)) && targetYear !== undefined && yearOf(cell) === targetYear) roles[i] = 'actual';
  });
}

/**
 * “十三五”完成情况 | 2025年目标值: what the last period achieved, beside the new period's target, is
 * the baseline (a completion table sets an achievement beside the target of the same period).
 */
export function achievedBeforeTarget(cells: readonly string[], roles: ColumnRole[]): void {
  if (roles.includes('baseline') || !roles.includes('target')) return;
  const targetYear = yearOf(cells[roles.indexOf('target')]);
  const actualAt = roles.indexOf('actual');
  const actualYear = actualAt >= 0 ? yearOf(cells[actualAt]) : undefined;
  if (targetYear !== undefined && actualYear !== undefined && actualYear < targetYear) roles[actualAt] = 'baseline';
}
