/** A piece of a passage, marked when it is one of the matched words. */
export interface TextSpan {
  readonly text: string;
  readonly match: boolean;
}

/** Splits text into spans marking every occurrence of the words (longest first, case-insensitive). */
export function highlight(text: string, words: readonly string[]): TextSpan[] {
  const sorted = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'giu');
  const spans: TextSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) spans.push({ text: text.slice(last, match.index), match: false });
    spans.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last), match: false });
  return spans;
}

/** A window of the passage around its first match, for result lists. */
export function excerpt(text: string, words: readonly string[], width = 120): string {
  if (text.length <= width) return text;
  const lower = text.toLowerCase();
  const first = Math.min(...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0), Infinity);
  const start = Number.isFinite(first) ? Math.max(0, first - Math.floor(width / 3)) : 0;
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width)}${start + width < text.length ? '…' : ''}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
