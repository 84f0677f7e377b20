import type { Indicator } from '../domain/index.ts';

/** Every character a reading put into its rows (a group label once, where its group starts), counted. */
function charactersRead(rows: readonly Indicator[]): Map<string, number> {
  const counts = new Map<string, number>();
  let group: string | null = null;
  for (const row of rows) {
    const values = [row.baseline, row.target, row.actual, row.annualGrowth].map((v) => v?.raw ?? '');
    const label = row.category !== group ? row.category ?? '' : '';
    group = row.category;
    const fields = [row.name, row.unit ?? '', String(row.seq ?? ''), row.attributeRaw ?? '', ...values, label];
    for (const ch of fields.join('').replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether `fewer` read only part of what `more` read from the same lines: every character it holds the
 * other holds too, and some it left out (a name's wrapped tail 长 / 值比重 dropped). Such a reading
 * explains less of the print; it is a worse reading, not another one the user must choose between.
 */
export function explainsLess(fewer: readonly Indicator[], more: readonly Indicator[]): boolean {
  const [part, whole] = [charactersRead(fewer), charactersRead(more)];
  let missing = 0;
  for (const [ch, n] of whole) missing += Math.max(0, n - (part.get(ch) ?? 0));
  return missing > 0 && [...part].every(([ch, n]) => n <= (whole.get(ch) ?? 0));
}

/** Whether two readings put the same characters into their rows, however they split them into cells. */
export function readsSameText(a: readonly Indicator[], b: readonly Indicator[]): boolean {
  const [x, y] = [charactersRead(a), charactersRead(b)];
  return x.size === y.size && [...x].every(([ch, n]) => y.get(ch) === n);
}
