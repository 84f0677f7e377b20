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
