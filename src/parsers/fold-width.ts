/**
 * Full-width ASCII (２０２５, ９０％, ＧＤＰ) and the ideographic space read as their ASCII forms, one
 * character for one, so a position in the folded text is the same position in the printed text.
 */
export const foldWidth = (text: string): string =>
  text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** The printed characters behind `part` of `folded` (the first occurrence), or `part` when it is not there. */
export function printedSlice(printed: string, folded: string, part: string): string {
  const at = folded.indexOf(part);
  return at < 0 ? part : printed.slice(at, at + part.length);
}
