import type { PlacedText } from './pdf-lines.ts';
import { isNoteNumberPlace } from './note-number-place.ts';

/** Beyond this gap (in font sizes) two runs of one printed line are separate words. */
const WORD_GAP = 0.15;
/**
 * Where Chinese meets a digit or a Latin letter, LibreOffice sets a gap of its own (autospace, 0.2 em
 * seen, ±0.01: 每千人口拥有3岁, 65左右) that is no printed space; a printed space there is wider
 * (a quarter em in LibreOffice's fonts: 产值 100 亿元; 0.224 em in Noto Sans CJK).
 */
const CJK_SEAM_GAP = 0.215;

/** Whether a gap of `gap` font sizes between `before` and `after` on one printed line is a space. */
export function isWordSpace(before: string, after: string, gap: number): boolean {
  if (gap <= WORD_GAP || /\s$/.test(before) || /^\s/.test(after) || before === '') return false;
  const seam = CJK.test(before.at(-1)!) !== CJK.test(after[0] ?? '');
  return !seam || gap > CJK_SEAM_GAP;
}

/**
 * The text of one table cell from the runs inside it: runs on one baseline form a printed line,
 * left to right; the lines, top down, are the cell's `parts`. The lines of a cell are joined into
 * one text the way a narrow column wrapped them: Chinese runs on (地区生产 + 总值, 地区生产总值 +
 * （亿元）), Latin words and numbers keep a space between them (≥30 + 一般城市≥15).
 */
export function cellText(runs: readonly PlacedText[]): { text: string; parts: string[] } {
  const printed = runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const full = Math.max(0, ...printed.map((run) => run.size));
  const raised = (run: PlacedText) => run.size < RAISED_SIZE * full || isRaisedMark(run, printed);
  const lines: PlacedText[][] = [];
  for (const run of printed.filter((r) => !raised(r))) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - run.y) <= Math.max(1, 0.4 * Math.min(line[0].size, run.size))) line.push(run);
    else lines.push([run]);
  }
  for (const run of printed.filter(raised)) {
    const line = lines.find((l) => run.y >= l[0].y - 1 && run.y <= l[0].y + RAISED_REACH * l[0].size);
    if (!line) lines.push([run]);
    else if (!isNoteNumber(run, line)) line.push(run);
  }
  lines.sort((a, b) => b[0].y - a[0].y);
  const parts = lines.map(lineText).filter((part) => part !== '');
  return { text: partsText(parts), parts };
}

/**
 * A run set smaller than the cell's text (superscripts: Word and LibreOffice at 58 %, LibreOffice's HTML
 * import at 80 %) whose baseline stands at most RAISED_REACH font sizes above a line's is raised on that
 * line: a note mark after a name.
 */
const RAISED_SIZE = 0.85;
const RAISED_REACH = 0.6;

/**
 * A browser prints <sup> at the cell's own size when the page sets it (Chromium: 0.45 em higher seen), so
 * size alone does not tell it: a mark of one or two characters whose baseline stands at most RAISED_REACH
 * above another run's and that begins where that run ends is raised on that run's line.
 */
function isRaisedMark(run: PlacedText, runs: readonly PlacedText[]): boolean {
  if (!/^[0-9*※△①-⑳]{1,2}$/.test(run.text.trim())) return false;
  return runs.some((other) => other !== run && run.y - other.y > 1 && run.y - other.y <= RAISED_REACH * other.size &&
    Math.abs(run.x - (other.x + other.width)) <= MARK_GAP * other.size);
}

/** A raised mark stands against the word it marks (a tenth of an em seen); a wider gap is another word. */
const MARK_GAP = 0.25;

/**
 * A note's number raised after a word (比例（%）¹, 增长¹) refers to a footnote: it is no part of the
 * cell, and so is one raised after a value (1236.8¹). Marks such as ※ and △ stay (a note may say what they
 * mean); a raised number after m or 10 is a power (note-number-place.ts).
 */
function isNoteNumber(run: PlacedText, line: readonly PlacedText[]): boolean {
  if (!/^[[［〔(（]?[0-9]{1,2}[\]］〕)）]?$/.test(run.text.trim())) return false;
  const before = line.filter((r) => r.x < run.x).sort((a, b) => b.x - a.x)[0];
  return before !== undefined && isNoteNumberPlace(before.text.trim(), run.text);
}

/** A cell's printed lines as one text (see cellText). */
export const partsText = (parts: readonly string[]): string =>
  parts.reduce((text, part) => (text ? joinParts(text, part) : part), '');

function lineText(runs: PlacedText[]): string {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    text += isWordSpace(text, run.text, (run.x - end) / run.size) ? ` ${run.text}` : run.text;
    end = Math.max(end, run.x + run.width);
  }
  return text.trim();
}

/** A character of Chinese text: ideographs and full-width punctuation and brackets. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’、]/u;

function joinParts(a: string, b: string): string {
  const [last, first] = [a.at(-1)!, b[0]];
  // a comparison and number (重点城市≥30) closes one item of a composite cell before the next one
  if (CJK.test(first) && ITEM_END.test(a)) return `${a} ${b}`;
  if (CJK.test(last) || CJK.test(first)) return a + b;
  // a number or a word broken at a hyphen or slash by the column's width
  if (/[0-9.,\-/]/.test(last) && /[0-9.,%]/.test(first)) return a + b;
  return `${a} ${b}`;
}

const ITEM_END = /[≥≤＞＜><]\s*[0-9.]+%?$/;
