/** One cell of an HTML/Word table row as read. */
export interface GridCell {
  /** the cell's paragraphs joined by a space */
  readonly text: string;
  /** the cell's paragraphs */
  readonly parts: readonly string[];
  readonly colspan: number;
  readonly rowspan: number;
}

/**
 * Lays table rows out on their column grid: a cell merged across columns or down rows leaves
 * empty strings in the places it covers, so each row's cells stay under their header.
 */
export function layoutRows(rows: readonly (readonly GridCell[])[]): string[][] {
  const covered = new Map<number, number>(); // column → rows still covered by a rowspan above
  return rows.map((row) => {
    const out: string[] = [];
    const takeCovered = () => {
      while ((covered.get(out.length) ?? 0) > 0) {
        covered.set(out.length, covered.get(out.length)! - 1);
        out.push('');
      }
    };
    for (const cell of row) {
      takeCovered();
      const start = out.length;
      out.push(cell.text);
      for (let i = 1; i < cell.colspan; i++) out.push('');
      if (cell.rowspan > 1) for (let c = start; c < out.length; c++) covered.set(c, cell.rowspan - 1);
    }
    takeCovered();
    return out;
  });
}

/** A cell this long or of this many paragraphs holds running text, not a table value. */
const PROSE_CHARS = 200;
const PROSE_PARTS = 4;

/**
 * A table used as a frame rather than a grid: one column only (a 专栏 box drawn as a one-cell
 * table, a web page laid out in a table) or a cell holding running text. Its paragraphs are lines.
 */
export function isFrameTable(rows: readonly (readonly GridCell[])[]): boolean {
  const cells = rows.flat();
  const oneColumn = rows.every((row) => row.filter((cell) => cell.text !== '').length <= 1);
  return oneColumn || cells.some((cell) => cell.text.length > PROSE_CHARS || cell.parts.length >= PROSE_PARTS);
}
