import type { Piece } from './table-projection-gaps.ts';

/**
 * The lines of a header printed again after a page break, from `body` on. `repeats` tells a line of
 * header words printed again (序号 指标名称 计量单位 …); the short lines just above and below it that hold only
 * pieces of the printed header (2025 年目 / 标: a header cell over three lines) are that header's too.
 * (`pdftotext -layout` prints no page number for a LibreOffice PDF, so nothing else marks the break.)
 */
export function repeatedHeaderLines(
  texts: readonly string[], pieces: readonly (readonly Piece[])[], body: number, printedHeader: string,
  repeats: (i: number) => boolean,
): boolean[] {
  const repeated = texts.map((_, i) => i >= body && repeats(i));
  const fragment = (i: number) => i >= body && !repeated[i] && isHeaderFragment(texts[i], pieces[i], printedHeader);
  repeated.forEach((isRepeat, i) => {
    if (!isRepeat) return;
    for (let k = i - 1; fragment(k); k--) repeated[k] = true;
    for (let k = i + 1; k < texts.length && fragment(k); k++) repeated[k] = true;
  });
  return repeated;
}

/** Every piece a run of the printed header's words (spaces aside), one of them Chinese (a lone number may be a cell). */
function isHeaderFragment(text: string, pieces: readonly Piece[], printedHeader: string): boolean {
  const words = pieces.map((p) => text.slice(p.from, p.to).replace(/\s+/g, ''));
  return words.some((w) => /[\u4e00-\u9fff]/.test(w)) && words.every((w) => printedHeader.includes(w));
}
