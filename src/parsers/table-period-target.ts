import { type ColumnRole, yearOf } from './table-header.ts';

/**
 * A plan to 2035 (国土空间总体规划 2021—2035年) sets its targets in the 2035 column: a 2025 column beside it
 * is a milestone, not the target (for a 十四五 plan, 2025 is the target and 2035 the outlook). The column
 * of the plan's own end year takes the target role (规划值（2025年） | 规划值（2035年） both read as targets);
 * the others become columns read for nothing.
 */
/** A milestone a five-year period or more before the plan's end (2025 in a plan to 2035); a yearly series
 * (2021年 … 2025年 in a plan to 2025) keeps its columns as read. */
const PLAN_PERIOD_YEARS = 5;

export function targetOfPeriod(
  texts: readonly string[], roles: readonly ColumnRole[], periodEnd: number | null | undefined,
): readonly ColumnRole[] {
  const targetAt = roles.indexOf('target');
  const targetYear = targetAt >= 0 ? yearOf(texts[targetAt] ?? '') : undefined;
  if (!periodEnd || targetYear === undefined || periodEnd - targetYear < PLAN_PERIOD_YEARS) return roles;
  const endAt = texts.findIndex((text, c) => (roles[c] === 'other' || roles[c] === 'target') && yearOf(text) === periodEnd);
  return endAt < 0 ? roles : onlyTarget(roles, endAt);
}

const onlyTarget = (roles: readonly ColumnRole[], at: number): ColumnRole[] =>
  roles.map((role, c) => (c === at ? 'target' : role === 'target' ? 'other' : role));
