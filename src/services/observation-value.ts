import type { Comparator } from '../domain/index.ts';

export { parseObservedValue, milestoneWords } from '../readers/index.ts';

export interface ObservedValue {
  readonly value: number | null;
  readonly comparator: Comparator | null;
  readonly milestone: string | null;
}

const signs: Record<Comparator, string> = { eq: '', ge: '≥', gt: '>', le: '≤', lt: '<', approx: '约' };

/** The value written back as a user would: <4, 63.08, 建成. */
export function formatObservedValue(v: ObservedValue): string {
  if (v.milestone) return v.milestone;
  return `${signs[v.comparator ?? 'eq']}${v.value ?? ''}`;
}
