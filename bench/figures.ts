// How every benchmark prints: the machine's load beside the figures (the machine is shared, so read
// the ratios), and each figure beside its baseline and its target in one table.
import { availableParallelism, loadavg } from 'node:os';

/** "负载 1.9 / 1.7 / 1.5（2 核）" — the 1, 5 and 15 minute load averages at the time of the figure. */
export const machineLoad = (): string => `负载 ${loadavg().map((n) => n.toFixed(2)).join(' / ')}（${availableParallelism()} 核）`;

export interface Figure {
  readonly label: string;
  readonly now: string;
  readonly baseline: string;
  readonly target?: string;
}

/** One table: what was measured now, the baseline it replaces, the target; and the load now. */
export function printFigures(title: string, figures: readonly Figure[]): void {
  const width = Math.max(...figures.map((f) => f.label.length)) + 2;
  const now = Math.max(22, ...figures.map((f) => f.now.length + 2));
  const baseline = Math.max(22, ...figures.map((f) => f.baseline.length + 2));
  console.log(`\n== ${title}（${machineLoad()}）==`);
  console.log(`${'项目'.padEnd(width)}${'本次'.padEnd(now)}${'基线'.padEnd(baseline)}目标`);
  for (const f of figures) console.log(`${f.label.padEnd(width)}${f.now.padEnd(now)}${f.baseline.padEnd(baseline)}${f.target ?? ''}`);
}

export const ms = (n: number): string => `${n.toFixed(1)} ms`;
