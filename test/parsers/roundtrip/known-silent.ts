import { readFileSync } from 'node:fs';
import type { FamilyTally } from './summary.ts';

/** How many silent renderings (and their rows not exact) a family may have: no more than today's. */
export interface SilentCeiling {
  readonly renderings: number;
  readonly rows: number;
}

/** family → ceiling; a family not listed may have none. */
export type SilentCeilings = Readonly<Record<string, SilentCeiling>>;

export const SILENT_FILE = new URL('./known-silent.json', import.meta.url);

export function loadSilentCeilings(): SilentCeilings {
  const { ceilings } = JSON.parse(readFileSync(SILENT_FILE, 'utf8')) as { ceilings: SilentCeilings };
  return ceilings;
}

const NONE: SilentCeiling = { renderings: 0, rows: 0 };

/** Why a family fails its ceiling (more silent renderings or rows than recorded), else undefined. */
export function silentRise(tally: FamilyTally, ceiling: SilentCeiling = NONE): string | undefined {
  if (tally.silentRenderings <= ceiling.renderings && tally.silentRows <= ceiling.rows) return undefined;
  return `${tally.family}: silent ${tally.silentRenderings} renderings / ${tally.silentRows} rows, ` +
    `known-silent.json allows ${ceiling.renderings} / ${ceiling.rows}: a wrong reading that nothing flags is new ` +
    '(REPORT.md lists the silent renderings)';
}

/** Whether a family now has fewer silent renderings or rows than recorded (lower its ceiling). */
export const silentFell = (tally: FamilyTally, ceiling: SilentCeiling = NONE) =>
  tally.silentRenderings < ceiling.renderings || tally.silentRows < ceiling.rows;

/** Today's counts where they are lower than the ceiling (`--shrink-gaps`), never higher. */
export function shrunkCeilings(listed: SilentCeilings, tallies: readonly FamilyTally[]): SilentCeilings {
  const next: Record<string, SilentCeiling> = { ...listed };
  for (const t of tallies) {
    const was = listed[t.family] ?? NONE;
    const renderings = Math.min(was.renderings, t.silentRenderings);
    next[t.family] = { renderings, rows: Math.min(was.rows, t.silentRows) };
  }
  return next;
}

/** Today's counts of the given families (`--rewrite-gaps`: a new family or variant). */
export function rewrittenCeilings(listed: SilentCeilings, tallies: readonly FamilyTally[]): SilentCeilings {
  const next: Record<string, SilentCeiling> = { ...listed };
  for (const t of tallies) next[t.family] = { renderings: t.silentRenderings, rows: t.silentRows };
  return next;
}

/** One line per family. */
export function silentJson(about: string, ceilings: SilentCeilings): string {
  const lines = Object.entries(ceilings).map(([family, c]) => `    ${JSON.stringify(family)}: ${JSON.stringify(c)}`);
  return `{\n  "about": ${JSON.stringify(about)},\n  "ceilings": {\n${lines.join(',\n')}\n  }\n}\n`;
}
