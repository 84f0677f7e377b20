/**
 * A table that turns into one card per row at phone width (dashboard.css): each cell is labelled with
 * its column's header, so nothing scrolls sideways on a 390 px screen. Rows added later (filters) are
 * labelled too.
 */
export function cardTable(table: HTMLTableElement): HTMLTableElement {
  label(table);
  for (const body of table.tBodies) new MutationObserver(() => label(table)).observe(body, { childList: true });
  table.classList.add('card-table');
  return table;
}

function label(table: HTMLTableElement) {
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent ?? '');
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      let column = 0;
      for (const cell of row.cells) {
        cell.dataset.label = cell.colSpan > 1 ? '' : (heads[column] ?? '');
        column += cell.colSpan;
      }
    }
  }
}
