/** A run of text placed on a PDF page (pdfjs TextItem reduced to what line building needs). */
export interface PlacedText {
  readonly text: string;
  /** left edge and baseline, in PDF units (y grows upwards) */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** font size (glyph height) */
  readonly size: number;
}

/** Beyond this horizontal gap (in font sizes) two runs are in different table cells. */
const CELL_GAP = 0.6;
/** Beyond this gap (in font sizes) two runs are separate words. */
const WORD_GAP = 0.15;

/**
 * Rebuilds the lines of one page from placed runs: runs whose baselines agree within a tolerance
 * form a line, ordered left to right; a wide gap between runs becomes a TAB so that table rows
 * read as TAB-separated cells; top of page first.
 */
export function pageLines(items: readonly PlacedText[]): string[] {
  const visible = items.filter((item) => item.text.trim() !== '' && item.size > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - item.y) <= Math.max(1, 0.4 * Math.min(line[0].size, item.size))) line.push(item);
    else lines.push([item]);
  }
  return lines.map(joinLine).filter((text) => text !== '');
}

function joinLine(runs: PlacedText[]): string {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const gap = (run.x - end) / run.size;
    if (text !== '' && gap > CELL_GAP) text = `${text.trimEnd()}\t${run.text.trimStart()}`;
    else text += (text !== '' && gap > WORD_GAP && !/\s$/.test(text) ? ' ' : '') + run.text;
    end = Math.max(end, run.x + run.width);
  }
  return text.trim();
}
