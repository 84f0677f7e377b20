import { readFileSync } from 'node:fs';
import { isFalseAlarm, type KnownGaps } from './known-gaps.ts';
import type { CaseResult } from './summary.ts';

/** family → how many exact renderings may be flagged all the same; a family not listed may have none. */
export type FalseAlarmCeilings = Readonly<Record<string, number>>;

export const FALSE_ALARMS_FILE = new URL('./known-false-alarms.json', import.meta.url);

export function loadFalseAlarmCeilings(): FalseAlarmCeilings {
  const { ceilings } = JSON.parse(readFileSync(FALSE_ALARMS_FILE, 'utf8')) as { ceilings: FalseAlarmCeilings };
  return ceilings;
}

/** One family's false alarms: on renderings exact before (`counted`), and on gaps that closed in this run. */
export interface FalseAlarmTally {
  readonly family: string;
  readonly counted: number;
  /** flagged renderings still listed in known-gaps.json though exact now: a closed gap is no regression */
  readonly closed: number;
}

/**
 * Per family, the exact renderings flagged all the same. A rendering listed as a known gap that now comes
 * back exact but flagged is counted apart: closing a gap must not fail the gate; `--shrink-gaps` drops the
 * gap and raises the ceiling by as much.
 */
export function tallyFalseAlarms(results: readonly CaseResult[], gaps: KnownGaps): FalseAlarmTally[] {
  const byFamily = new Map<string, { counted: number; closed: number }>();
  for (const { family, table, outcomes } of results) {
    const tally = byFamily.get(family) ?? { counted: 0, closed: 0 };
    const listed = gaps[family]?.[table] ?? [];
    for (const o of outcomes.filter(isFalseAlarm)) {
      if (listed.includes('*') || listed.includes(o.variant)) tally.closed++;
      else tally.counted++;
    }
    byFamily.set(family, tally);
  }
  return [...byFamily].map(([family, t]) => ({ family, ...t }));
}

/** Why a family fails its ceiling (more exact renderings flagged than recorded), else undefined. */
export function falseAlarmRise(tally: FalseAlarmTally, ceiling = 0): string | undefined {
  if (tally.counted <= ceiling) return undefined;
  return `${tally.family}: ${tally.counted} exact renderings flagged for checking, known-false-alarms.json allows ` +
    `${ceiling}: a right reading newly flagged (请核对 on a right table teaches users to ignore it; REPORT.md counts them per variant)`;
}

export const falseAlarmFell = (tally: FalseAlarmTally, ceiling = 0) => tally.counted < ceiling;

/** Today's counts where lower than the ceiling, plus the flagged renderings of gaps closed today (`--shrink-gaps`). */
export function shrunkFalseAlarms(listed: FalseAlarmCeilings, tallies: readonly FalseAlarmTally[]): FalseAlarmCeilings {
  const next: Record<string, number> = { ...listed };
  for (const t of tallies) next[t.family] = Math.min(listed[t.family] ?? 0, t.counted) + t.closed;
  return next;
}

/** Today's counts of the given families (`--rewrite-gaps`: a new family or variant). */
export function rewrittenFalseAlarms(listed: FalseAlarmCeilings, tallies: readonly FalseAlarmTally[]): FalseAlarmCeilings {
  const next: Record<string, number> = { ...listed };
  for (const t of tallies) next[t.family] = t.counted + t.closed;
  return next;
}

/** One line per family. */
export function falseAlarmJson(about: string, ceilings: FalseAlarmCeilings): string {
  const lines = Object.entries(ceilings).map(([family, n]) => `    ${JSON.stringify(family)}: ${n}`);
  return `{\n  "about": ${JSON.stringify(about)},\n  "ceilings": {\n${lines.join(',\n')}\n  }\n}\n`;
}
