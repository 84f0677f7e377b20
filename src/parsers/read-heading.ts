/** The kinds of printed heading labels, from the outermost down (第一部分 ranks as 篇). */
export type HeadingRank = '篇' | '章' | '节' | '一、' | '（一）' | '1.';

export interface HeadingMatch {
  readonly rank: HeadingRank;
  /** normalised label: 第三章, 一、, （二）, 1. */
  readonly label: string;
  /** the title on the same line; '' when the label stands alone */
  readonly title: string;
}

const cnNumber = '[一二三四五六七八九十百零〇两]+';
const chapter = new RegExp(`^第\\s*(${cnNumber}|\\d+)\\s*(部分|[篇章节])\\s*(.*)$`);
const topItem = new RegExp(`^(${cnNumber})\\s*、\\s*(.*)$`);
const subItem = new RegExp(`^[（(]\\s*(${cnNumber})\\s*[）)]\\s*(.*)$`);
const numbered = /^(\d{1,2})\s*[.．](?!\d)\s*(.*)$/;
/** a table-of-contents entry ends in a page number or dot leaders */
// a run of spaces is entered only at its start (the lookbehind), so a 1 MB run of spaces stays linear
const pageNumber = /(?:(?<!\s)\s|\.{2,}|…+|·{2,})\s*\d{1,3}$|\.{3,}$|…{2,}$/;

/** Longest heading title we accept; longer text is prose that happens to start with a label. */
const maxTitle = 40;
/** A run-in title (（一）加强组织协调。全面贯彻…) is cut at its first full stop. */
const maxRunIn = 24;

/** True for a line that looks like a table-of-contents entry (heading text, then a page number). */
export function isContentsEntry(text: string): boolean {
  const t = text.trim();
  // most lines end in neither a digit nor leaders: skip the regex, which tries every position of the line
  if (!endsLikeContentsEntry(t)) return false;
  return pageNumber.test(t) && readHeading(t.replace(pageNumber, '')) !== null;
}

const endsLikeContentsEntry = (t: string): boolean => {
  const last = t.charCodeAt(t.length - 1);
  return (last >= 48 && last <= 57) || last === 46 || last === 0x2026;
};

/** Reads a heading label at the start of a line (第二章 …, 一、…, （一）…, 1. …); null for anything else. */
export function readHeading(raw: string): HeadingMatch | null {
  const text = raw.trim();
  if (!text) return null;
  const cells = text.split(/\t+/);
  const c = cells.length <= 2 ? chapter.exec(cells.join(' ')) : null;
  if (c) return withTitle(c[2] === '部分' ? '篇' : (c[2] as HeadingRank), `第${c[1]}${c[2]}`, c[3]!, false);
  if (cells.length > 1) return null;
  const t = topItem.exec(text);
  if (t) return withTitle('一、', `${t[1]}、`, t[2]!, true);
  const s = subItem.exec(text);
  if (s) return withTitle('（一）', `（${s[1]}）`, s[2]!, true);
  const n = numbered.exec(text);
  if (n) return listLike(n[2]!) || /^\s/.test(raw) ? null : { rank: '1.', label: `${n[1]}.`, title: n[2]!.trim() };
  return null;
}

function withTitle(rank: HeadingRank, label: string, rest: string, runIn: boolean): HeadingMatch | null {
  const title = rest.trim();
  if (shortTitle(title)) return { rank, label, title: stripStop(title) };
  if (!runIn) return null;
  const stop = title.indexOf('。');
  if (stop > 0 && stop <= maxRunIn && !/[，；：]/.test(title.slice(0, stop))) return { rank, label, title: title.slice(0, stop) };
  return null;
}

/** A heading title: short, and no sentence inside it. */
function shortTitle(title: string): boolean {
  return title.length <= maxTitle && !/[。；：:;]./.test(title) && !/[；：:;]$/.test(title);
}

/** `1.` heads a section only on a short line with no sentence in it; otherwise it is a list item. */
const listLike = (title: string) => !title.trim() || title.length > 25 || /[，。；：:;,]/.test(title);

const stripStop = (title: string) => title.replace(/[。.]$/, '').trim();
