import type { Comparator } from '../domain/index.ts';

/** Whole words that report progress on a qualitative target (evaluation.md). */
export const milestoneWords = ['完成', '已完成', '建成', '已建成', '实现', '达到', '推进中', '在建', '进行中', '未启动', '未开工', '滞后'] as const;

export interface ObservedValue {
  readonly value: number | null;
  readonly comparator: Comparator | null;
  readonly milestone: string | null;
}

const comparators: readonly (readonly [RegExp, Comparator])[] = [
  [/^(>=|≥|不低于|不少于)/, 'ge'],
  [/^(<=|≤|不高于|不超过)/, 'le'],
  [/^(>|＞|﹥|大于|高于)/, 'gt'],
  [/^(<|＜|﹤|小于|低于)/, 'lt'],
  [/^(约|左右)/, 'approx'],
];

/**
 * A value as a user types it: 63.08, <4, 4%以下, 6左右, or a milestone word. undefined when it is
 * neither a number nor a milestone word.
 */
export function parseObservedValue(raw: string): ObservedValue | undefined {
  const text = raw.normalize('NFKC').replace(/[\s,，]/g, '');
  if ((milestoneWords as readonly string[]).includes(text)) return { value: null, comparator: null, milestone: text };
  let rest = text;
  let comparator: Comparator | null = null;
  for (const [pattern, kind] of comparators) {
    if (pattern.test(rest)) {
      comparator = kind;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const suffix = /(以上|及以上)$/.test(rest) ? 'ge' : /(以下|及以下)$/.test(rest) ? 'le' : /左右$/.test(rest) ? 'approx' : null;
  rest = rest.replace(/(及以上|以上|及以下|以下|左右)$/, '').replace(/%$/, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(rest)) return undefined;
  return { value: Number(rest), comparator: comparator ?? suffix, milestone: null };
}

/** The value written back as a user would: <4, 63.08, 建成. */
export function formatObservedValue(v: ObservedValue): string {
  if (v.milestone) return v.milestone;
  const sign = { eq: '', ge: '≥', gt: '>', le: '≤', lt: '<', approx: '约' }[v.comparator ?? 'eq'];
  return `${sign}${v.value ?? ''}`;
}
