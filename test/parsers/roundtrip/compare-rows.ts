import type { Indicator, Value } from '../../../src/domain/index.ts';
import type { ExpectedRow } from './fixture-tables.ts';

const PLAIN_FIELDS = ['name', 'unit', 'category', 'seq', 'attribute'] as const;
const VALUE_FIELDS = ['baseline', 'target', 'actual', 'annualGrowth'] as const;

/** The first field where what came back differs from what was printed. */
export interface RowDifference {
  /** `rows`, or a field such as `unit` or `target.raw` */
  readonly field: string;
  /** 0-based row, null for a row-count difference */
  readonly row: number | null;
  readonly message: string;
}

const shown = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));

type Found = [field: string, expected: unknown, actual: unknown];

function valueDifference(field: string, expected: ExpectedRow['target'], actual: Value | null): Found | undefined {
  if (expected === null || actual === null) {
    return (expected === null) === (actual === null) ? undefined : [field, expected?.raw ?? null, actual?.raw ?? null];
  }
  if (expected.raw !== actual.raw) return [`${field}.raw`, expected.raw, actual.raw];
  if (expected.value !== actual.value) return [`${field}.value`, expected.value, actual.value];
  return undefined;
}

function rowDifference(expected: ExpectedRow, actual: Indicator): Found | undefined {
  for (const field of PLAIN_FIELDS) {
    if (expected[field] !== actual[field]) return [field, expected[field], actual[field]];
  }
  for (const field of VALUE_FIELDS) {
    const difference = valueDifference(field, expected[field], actual[field] ?? null);
    if (difference) return difference;
  }
  return undefined;
}

/**
 * How many printed rows came back exact: the longest run of exact rows in order (an extra or a lost row
 * does not make the rows after it count as wrong).
 */
export function countExactRows(expected: readonly ExpectedRow[], actual: readonly Indicator[]): number {
  let previous = new Array<number>(actual.length + 1).fill(0);
  for (const want of expected) {
    const current = [0];
    actual.forEach((got, j) =>
      current.push(rowDifference(want, got) ? Math.max(previous[j + 1], current[j]) : previous[j] + 1));
    previous = current;
  }
  return previous[actual.length];
}

/**
 * Compares rows in order; the first difference (a field of a row, or the row count when every
 * shared row agrees) is what a parser engineer reads first.
 */
export function compareRows(expected: readonly ExpectedRow[], actual: readonly Indicator[]): RowDifference | undefined {
  for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
    const difference = rowDifference(expected[i], actual[i]);
    if (difference) {
      const [field, want, got] = difference;
      const message = `row ${i + 1} (${expected[i].name}) ${field}: expected ${shown(want)}, got ${shown(got)}`;
      return { field, row: i, message };
    }
  }
  if (expected.length === actual.length) return undefined;
  const extra = actual[expected.length]?.name;
  return {
    field: 'rows', row: null,
    message: `expected ${expected.length} rows, got ${actual.length}${extra ? ` (first extra: ${shown(extra)})` : ''}`,
  };
}
