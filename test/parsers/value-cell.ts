import type { Value } from '../../src/domain/index.ts';

/** One cell on one line of an expectation: `raw = value comparator`, then `累计`, (`年均`), `@year`, `「words」`. */
export function valueCell(v: Value | null, options: { annual?: boolean } = {}): string | null {
  if (v === null) return null;
  const parts = [`${v.raw} = ${v.value ?? '∅'} ${v.comparator ?? ''}`.trim()];
  if (v.cumulative) parts.push('累计');
  if (options.annual && v.annual) parts.push('年均');
  if (v.year !== null) parts.push(`@${v.year}`);
  if (v.text !== null) parts.push(`「${v.text}」`);
  return parts.join(' ');
}
