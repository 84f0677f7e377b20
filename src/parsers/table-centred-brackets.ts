const OPENS_ONLY = /^[〔【\[（(]+$/;
const CLOSES_ONLY = /^[〕】\]）)]+$/;

const isBare = (cell: string) => cell !== '' && !/[〔【\[（(〕】\]）)]/.test(cell);
const isOpen = (cell: string) => /[〔【\[（(][^〕】\]）)]*$/.test(cell);

/**
 * 〔 / 13.5 / 〕: a bracketed value wrapped in its cell is centred like any cell (table-centred-bands.ts), but its
 * brackets need no count to place: a bracket that only opens starts the value of the row below, one that only
 * closes ends the value it opened above (the rows' own values would make the column look uncentred). A
 * bracket beside an empty cell (〔 / — / 18.2〕) is left to the centring.
 */
export function moveBrackets(cells: string[][], anchors: readonly boolean[], columns: number): void {
  const anchorLines = anchors.flatMap((a, i) => (a ? [i] : []));
  for (let k = 0; k < columns; k++) {
    cells.forEach((row, i) => {
      if (anchors[i] || !row[k]) return;
      const opens = OPENS_ONLY.test(row[k]);
      if (!opens && !CLOSES_ONLY.test(row[k])) return;
      const owner = opens ? anchorLines.find((a) => a > i) : anchorLines.findLast((a) => a < i);
      if (owner === undefined || !(opens ? isBare(cells[owner][k]) : isOpen(cells[owner][k]))) return;
      cells[owner][k] = opens ? row[k] + cells[owner][k] : cells[owner][k] + row[k];
      row[k] = '';
    });
  }
}

