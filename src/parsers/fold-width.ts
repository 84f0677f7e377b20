/**
 * Full-width ASCII (２０２５, ９０％, ＧＤＰ) and the ideographic space read as their ASCII forms, one
 * character for one, so a position in the folded text is the same position in the printed text.
 */
export function foldWidth(text: string): string {
  // a loop, not replace with a callback: Chinese prose has a full-width comma in every clause (bench:extract)
  let folded = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) {
      folded += text.slice(from, i) + (code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0));
      from = i + 1;
    }
  }
  return from === 0 ? text : folded + text.slice(from);
}

/** The printed characters behind `part` of `folded` (the first occurrence), or `part` when it is not there. */
export function printedSlice(printed: string, folded: string, part: string): string {
  const at = folded.indexOf(part);
  return at < 0 ? part : printed.slice(at, at + part.length);
}
