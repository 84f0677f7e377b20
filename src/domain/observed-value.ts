import { milestoneWord } from './milestones.ts';
import type { Comparator } from './value.ts';

/** A typed or imported value read: a number with the comparator printed beside it, or a milestone word. */
export interface ObservedValue {
  readonly value: number | null;
  readonly comparator: Comparator | null;
  readonly milestone: string | null;
}

const prefixes: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/^(<=|≤|≦|不高于|不超过)/, 'le'], [/^(>=|≥|≧|不低于)/, 'ge'], [/^(<|低于|小于)/, 'lt'],
  [/^(>|高于|大于|超过)/, 'gt'], [/^(约|左右)/, 'approx'],
];
const suffixes: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/(及以上|以上)$/, 'ge'], [/(及以下|以下)$/, 'le'], [/左右$/, 'approx'],
];
const plainNumber = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/**
 * What people type or paste for a yearly value: `63.08`, `1,050.3` (Excel), full-width `６６．５`,
 * `−1.5%` (a typographic minus), `<4%`, `≥70`, `95以上`, `6左右`, or a milestone word (建成).
 * Null when the text is neither a number nor a milestone word.
 */
export function parseObservedValue(text: string): ObservedValue | null {
  const folded = text.normalize('NFKC').replace(/\s+/g, '').replace(/[−–—]/g, '-');
  const word = milestoneWord(folded);
  if (word) return { value: null, comparator: null, milestone: word };
  let rest = folded;
  let comparator: Comparator | null = null;
  for (const [pattern, c] of prefixes) {
    if (pattern.test(rest)) {
      comparator = c;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  for (const [pattern, c] of suffixes) {
    if (pattern.test(rest)) {
      comparator ??= c;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const digits = withoutThousands(rest.replace(/%$/, ''));
  if (digits === undefined || !plainNumber.test(digits)) return null;
  return { value: Number(digits), comparator, milestone: null };
}

/** 1,050.3 → 1050.3; commas anywhere but between groups of three digits make the text unreadable. */
function withoutThousands(text: string): string | undefined {
  if (!text.includes(',')) return text;
  return /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : undefined;
}

const signs: Record<Comparator, string> = { eq: '', ge: '≥', gt: '>', le: '≤', lt: '<', approx: '约' };

/** The value written back as a user would: <4, 63.08, 建成. */
export function formatObservedValue(v: ObservedValue): string {
  if (v.milestone) return v.milestone;
  return `${signs[v.comparator ?? 'eq']}${v.value ?? ''}`;
}
