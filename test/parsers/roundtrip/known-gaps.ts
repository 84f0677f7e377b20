import { readFileSync } from 'node:fs';
import type { RowDifference } from './compare-rows.ts';

/** What one rendering of one table gave back: nothing to report, or its first difference. */
export interface Outcome {
  readonly variant: string;
  readonly difference: RowDifference | undefined;
  /** printed rows, and how many of them came back exact */
  readonly rows: number;
  readonly exactRows: number;
  /** the reading was flagged for checking (flagged.ts); a rendering that differs unflagged is silent */
  readonly flagged: boolean;
}

/** A rendering that differs and that nothing flags: its wrong numbers reach the user unannounced. */
export const isSilent = (o: Outcome) => o.difference !== undefined && !o.flagged;

/** A rendering read exactly that is flagged all the same: a doubt the user learns to ignore. */
export const isFalseAlarm = (o: Outcome) => o.difference === undefined && o.flagged;

/** family → table id → variants the parser cannot read yet (`*`: all of them). */
export type KnownGaps = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export const GAPS_FILE = new URL('./known-gaps.json', import.meta.url);

export function loadKnownGaps(): KnownGaps {
  const { gaps } = JSON.parse(readFileSync(GAPS_FILE, 'utf8')) as { gaps: KnownGaps };
  return gaps;
}

/** How a family × table case stands against the list of known gaps. */
export interface Verdict {
  /** differences in variants not listed as gaps: the test fails */
  readonly regressions: readonly Outcome[];
  /** differences in listed variants: the test is a todo */
  readonly gaps: readonly Outcome[];
  /** listed variants that now come back exact: delete them from known-gaps.json */
  readonly closed: readonly string[];
}

export function judge(outcomes: readonly Outcome[], listed: readonly string[] = []): Verdict {
  const all = listed.includes('*');
  const isListed = (variant: string) => all || listed.includes(variant);
  const failing = outcomes.filter((o) => o.difference);
  const passingListed = outcomes.filter((o) => !o.difference && isListed(o.variant)).map((o) => o.variant);
  const unknown = all ? [] : listed.filter((v) => !outcomes.some((o) => o.variant === v));
  const missing = unknown.map((v) => `${v} (no such variant)`);
  return {
    regressions: failing.filter((o) => !isListed(o.variant)),
    gaps: failing.filter((o) => isListed(o.variant)),
    closed: [...passingListed, ...missing],
  };
}

const line = (o: Outcome) => `[${o.variant}] ${o.difference!.message}`;

/** The todo reason of a case whose only differences are known gaps. */
export const todoReason = (verdict: Verdict, total: number) =>
  `known gap (known-gaps.json): ${verdict.gaps.length}/${total} variants differ; first ${line(verdict.gaps[0])}`;

export const failureMessage = (verdict: Verdict) =>
  `differs where no gap is listed in known-gaps.json:\n${verdict.regressions.map(line).join('\n')}`;

/** The gaps a set of results implies: `*` when every variant of a table differs. */
export function gapsOf(results: readonly { family: string; table: string; outcomes: readonly Outcome[] }[]): KnownGaps {
  const gaps: Record<string, Record<string, string[]>> = {};
  for (const { family, table, outcomes } of results) {
    const failing = outcomes.filter((o) => o.difference).map((o) => o.variant);
    if (failing.length === 0) continue;
    (gaps[family] ??= {})[table] = failing.length === outcomes.length ? ['*'] : failing;
  }
  return gaps;
}
