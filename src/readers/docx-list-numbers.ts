/** The parts of mammoth's document model this module reads (mammoth types none of it). */
interface Element {
  readonly type: string;
  children?: Element[];
  numbering?: { readonly isOrdered: boolean } | null;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

const text = (value: string): Element => ({
  type: 'run', children: [{ type: 'text', value } as Element], isBold: false, isItalic: false, isUnderline: false,
  isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null,
  fontSize: null, highlight: null, styleId: null, styleName: null,
} as Element);

const isEmpty = (e: Element): boolean =>
  e.type === 'text' ? (e as unknown as { value: string }).value.trim() === '' : (e.children ?? []).every(isEmpty);

/**
 * Word numbers a table's 序号 (or its names) with list numbering: the numbers are drawn by Word, not
 * in the text, and mammoth leaves them out (an empty cell then). Each numbered paragraph of a table
 * column gets its number written in: 1, 2, 3 … down the column, restarting in each table, `1.` before
 * text (1.地区生产总值). mammoth's model does not say the list's format; decimal is how tables number.
 */
export function writeTableListNumbers(document: Element): Element {
  if (document.type === 'table') numberTable(document);
  else for (const child of document.children ?? []) writeTableListNumbers(child);
  return document;
}

function numberTable(table: Element): void {
  const counters = new Map<number, number>();
  const covered = new Map<number, number>();
  for (const row of (table.children ?? []).filter((r) => r.type === 'tableRow')) {
    let column = 0;
    const skipCovered = () => {
      while ((covered.get(column) ?? 0) > 0) covered.set(column, covered.get(column)! - 1), column++;
    };
    for (const cell of (row.children ?? []).filter((c) => c.type === 'tableCell')) {
      skipCovered();
      numberCell(cell, column, counters);
      const span = cell.colSpan ?? 1;
      if ((cell.rowSpan ?? 1) > 1) for (let c = column; c < column + span; c++) covered.set(c, (cell.rowSpan ?? 1) - 1);
      column += span;
    }
    skipCovered();
  }
}

function numberCell(cell: Element, column: number, counters: Map<number, number>): void {
  cell.children = (cell.children ?? []).map((p) => {
    if (p.type !== 'paragraph') return writeTableListNumbers(p);
    if (!p.numbering?.isOrdered) return p;
    const n = (counters.get(column) ?? 0) + 1;
    counters.set(column, n);
    const children = p.children ?? [];
    return { ...p, numbering: null, children: [text(isEmpty(p) ? `${n}` : `${n}.`), ...children] };
  });
}
