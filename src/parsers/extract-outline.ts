import type { OutlineNode, SourceLine } from '../domain/index.ts';
import { isContentsEntry, readHeading, type HeadingMatch, type HeadingRank } from './read-heading.ts';

interface Heading extends HeadingMatch {
  readonly line: number;
  readonly index: number;
}

const chapterRanks: HeadingRank[] = ['篇', '章', '节'];
const listRanks: HeadingRank[] = ['一、', '（一）', '1.'];

/**
 * The document's own heading tree, body only: a table of contents is skipped, levels follow the
 * ranks the document uses (篇 > 章 > 节, or 一、 > （一） > 1.), a label alone on its line takes its
 * title from the next non-empty line.
 */
export function extractOutline(lines: readonly SourceLine[]): OutlineNode[] {
  return buildTree(findHeadings(lines));
}

/** Headings of the body, in order, each with its level-deciding rank. */
/** Outline, boxes and text targets each ask for the same document's headings. */
const headingsOf = new WeakMap<readonly SourceLine[], readonly Heading[]>();

export function findHeadings(lines: readonly SourceLine[]): readonly Heading[] {
  let headings = headingsOf.get(lines);
  if (!headings) {
    headings = findHeadingsOnce(lines);
    headingsOf.set(lines, headings);
  }
  return headings;
}

function findHeadingsOnce(lines: readonly SourceLine[]): Heading[] {
  const contents = contentsRange(lines);
  const found: Heading[] = [];
  lines.forEach((l, index) => {
    if (index >= contents.start && index < contents.end) return;
    if (isContentsEntry(l.text)) return;
    const match = readHeading(l.text);
    if (match) found.push({ ...match, title: match.title || nextTitle(lines, index), line: l.line, index });
  });
  const ranks = usedRanks(found);
  return found.filter((h) => ranks.includes(h.rank) && h.title).filter(withParent(ranks));
}

/**
 * 篇/章/节 documents; 一、/（一）/1. documents; and 章 documents without 节 whose chapters divide into
 * 一、/（一） (common in special plans), where 一、 stands in the 节's place; likewise 第一部分 … 一、….
 */
function usedRanks(found: readonly Heading[]): HeadingRank[] {
  if (!found.some((h) => h.rank === '章' || h.rank === '篇')) return listRanks;
  if (found.some((h) => h.rank === '节')) return chapterRanks;
  return ['篇', '章', '一、', '（一）'];
}

/** `1.` is a heading only under a （一）; a 节 with no 章 before it, or a 一、 before any 章/篇/部分, is not trusted either. */
function withParent(ranks: HeadingRank[]) {
  const seen = new Set<HeadingRank>();
  return (h: Heading): boolean => {
    seen.add(h.rank);
    const position = ranks.indexOf(h.rank);
    if (h.rank === '一、' && ranks.includes('章')) return seen.has('章') || seen.has('篇');
    return position === 0 || (h.rank !== '1.' && h.rank !== '节') || seen.has(ranks[position - 1]!);
  };
}

/** The title printed on the next non-empty line after a bare label (第三章 ⏎ 不断提高发展质效). */
function nextTitle(lines: readonly SourceLine[], index: number): string {
  for (let i = index + 1; i < Math.min(lines.length, index + 4); i++) {
    const text = lines[i]!.text.trim();
    if (!text) continue;
    return text.length >= 2 && text.length <= 40 && /\p{L}{2}/u.test(text) && !/[。；]/.test(text) && !readHeading(text) ? text : '';
  }
  return '';
}

/**
 * Lines of a table of contents: from a 目录 line through its entries, up to the line where the body
 * starts again with the first entry's label (or the first prose line).
 */
function contentsRange(lines: readonly SourceLine[]): { start: number; end: number } {
  const start = lines.findIndex((l) => /^\s*目\s*录\s*$/.test(l.text));
  if (start < 0) return { start: 0, end: 0 };
  let firstLabel: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (!text) continue;
    const heading = readHeading(text.replace(/[\s.…·]*\d{1,3}$/, ''));
    if (!heading) return { start, end: firstLabel && text.length > 40 ? i : i };
    if (firstLabel === null) firstLabel = heading.label;
    else if (heading.label === firstLabel && !isContentsEntry(text)) return { start, end: i };
  }
  return { start, end: lines.length };
}

function buildTree(headings: readonly Heading[]): OutlineNode[] {
  const ranks = [...new Set(headings.map((h) => h.rank))];
  const order = [...chapterRanks, ...listRanks].filter((r) => ranks.includes(r));
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const h of headings) {
    const node: OutlineNode = { level: order.indexOf(h.rank) + 1, label: h.label, title: h.title, line: h.line, children: [] };
    while (stack.length && stack[stack.length - 1]!.level >= node.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}
