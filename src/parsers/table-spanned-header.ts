import { guessRole } from './table-header.ts';

/**
 * A two-line header as Word saves a table as text: a cell spanning columns prints once (“十四五”时期 over
 * 规划目标 | 完成情况), a cell merged down prints empty below, so the lower line has more cells than the
 * upper one. Each empty lower cell stands under an upper cell of its own; a run of labels stands under the
 * spanning cells between them, shared out evenly. Undefined when the lines do not fit so.
 */
export function alignSpannedHeader(upper: readonly string[], lower: readonly string[]): string[] | undefined {
  if (lower.length <= upper.length) return undefined;
  const merged: string[] = [];
  let j = 0;
  for (let i = 0; i < upper.length; ) {
    if (j >= lower.length) return undefined;
    if (lower[j] === '') {
      merged.push(upper[i++]);
      j++;
      continue;
    }
    let run = 0;
    while (j + run < lower.length && lower[j + run] !== '') run++;
    // the cells after the run align one to one, so the spanning cells are what is left over
    const spanning = upper.length - i - (lower.length - j - run);
    if (spanning < 1 || run % spanning !== 0 || run === spanning) return undefined;
    for (let s = 0; s < spanning; s++, i++) {
      for (let k = 0; k < run / spanning; k++) merged.push(upper[i] + lower[j++]);
    }
  }
  return j === lower.length ? merged : undefined;
}

/**
 * WPS and Word's other text export print a cell spanning columns once, then an empty cell for each further
 * column it covers (“十五五”目标 ⇥ ⇥ over 2025年 ⇥ 2030年 ⇥ 年均增长〔累计〕): the lines have as many cells.
 * The spanning word heads each column with a label of its own below it, unless it makes them targets their
 * labels do not (see groupWordMakesTargets); the other columns join top to bottom. Undefined when no upper
 * cell spans so.
 */
export function spreadSpanningCells(upper: readonly string[], lower: readonly string[]): string[] | undefined {
  if (lower.length !== upper.length) return undefined;
  const merged = upper.map((cell, k) => cell + lower[k]);
  const own = [...merged];
  let spread = false;
  for (let i = 0; i < upper.length; i++) {
    let end = i + 1;
    while (end < upper.length && upper[end] === '' && lower[end] !== '') end++;
    if (upper[i] === '' || lower[i] === '' || end === i + 1) continue;
    for (let k = i; k < end; k++) {
      merged[k] = upper[i] + lower[k];
      own[k] = lower[k];
    }
    spread = true;
    i = end - 1;
  }
  if (!spread) return undefined;
  return groupWordMakesTargets(merged, own) ? own : merged;
}

/**
 * 发展目标 spanning 2020年 | “十四五” (2025年 | 年均增长): the spanned word names the group, and copied
 * into each column under it, it makes several columns read as the target. Then each column is read by
 * its own labels under the group (2020年 the baseline, 2025年 the target). Columns that are targets by
 * their own labels (“十四五”时期 over 规划目标 | 完成情况 beside 2030年目标) keep the group's words.
 */
export function groupWordMakesTargets(texts: readonly string[], own: readonly string[]): boolean {
  const targets = texts.flatMap((text, c) => (guessRole(text) === 'target' ? [c] : []));
  return targets.length > 1 && targets.some((c) => guessRole(own[c]) !== 'target');
}
