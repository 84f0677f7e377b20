/** Characters a terminal draws two columns wide: CJK, full-width forms, and the ▲ of 预警 marks. */
const wide = /[\u1100-\u115F\u25B2\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += wide.test(ch) ? 2 : 1;
  return width;
}

export const padDisplay = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * Rows of cells aligned by display width, two spaces between columns. `decorate` may colour a cell
 * after padding, so escape codes do not upset the widths.
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  decorate: (row: number, column: number, padded: string) => string = (_r, _c, padded) => padded,
): string[] {
  if (!rows.length) return [];
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  return rows.map((r, i) => r.map((cell, c) => decorate(i, c, c === r.length - 1 ? cell : padDisplay(cell, widths[c]))).join('  ').trimEnd());
}
