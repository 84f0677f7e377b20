import type { SourceLine } from '../domain/index.ts';
import { gridSeparator, isBlank, isHeading, isNoteStart } from './table-lines.ts';
import { findTitledPageNumbers, isPageNumber, withoutPageNumber } from './table-page-furniture.ts';
import { repeatedHeaderEnd } from './table-repeated-header.ts';

/**
 * A table that runs over a page break prints, between two of its rows, what the page carries: the page
 * number (— 12 —, - 12 -, 12, 第12页; or glued to the next line: 14某市…), a running header (the plan's
 * title or chapter) and the table's header printed again. Those lines become blank (the line numbers of
 * every other line stay), so the readers go on with the same table on the new page.
 */
export function blankPageBreaks(
  lines: readonly SourceLine[], running: ReadonlySet<string>, isCaption: (text: string) => boolean,
): readonly SourceLine[] {
  let out: SourceLine[] | undefined;
  const titled = findTitledPageNumbers(lines, running);
  for (let i = 0; i < lines.length; i++) {
    const furniture = pageBreakAt(lines, i, { running, titled, isCaption }) ?? continuedTableAt(lines, i);
    if (!furniture) continue;
    out ??= [...lines];
    for (const k of furniture.blank) out[k] = { ...lines[k], text: '' };
    i = furniture.end - 1;
  }
  return out ?? lines;
}

interface PageBreak {
  /** the lines that are page furniture (a running footer above the page number among them) */
  readonly blank: number[];
  /** the first line after the furniture */
  readonly end: number;
}

/**
 * A page number nothing else prints: dashes or dots on both sides (— 12 —), or 第…页. A bare number, a
 * signed one (-5) or 12/40 may be a cell of a table printed one cell per line: those need a running
 * header or a repeated header beside them.
 */
const DECORATED = /^\f?(?:[-—–－·•]\s*\d{1,4}\s*[-—–－·•]|第\s*\d{1,4}\s*页.*)$/;

/** 续表, 续表1: the table goes on (blanked); 表1（续） is kept, since the table loop joins the rows below it to the table above. */
const CONTINUED_LABEL = /^续表\s*[0-9０-９一二三四五六七八九十]*(?:\s*[-－—.．]\s*[0-9０-９]+)?$/;
const CONTINUED_CAPTION = /^表.*[（(]续[)）]$/;

/** What the document tells of its pages: repeated running headers, lines with a running header beside the page number. */
interface Pages {
  readonly running: ReadonlySet<string>;
  readonly titled: ReadonlySet<number>;
  readonly isCaption: (text: string) => boolean;
}

function pageBreakAt(lines: readonly SourceLine[], i: number, { running, titled, isCaption }: Pages): PageBreak | undefined {
  const beside = titled.has(i);
  if (!beside && !mayStartFurniture(lines[i].text, running)) return undefined;
  const text = lines[i].text.trim();
  const own = beside || isPageNumber(text);
  const glued = !own && withoutPageNumber(text) !== text.replace(/^\f/, '');
  if (!own && !glued && !running.has(text)) return undefined;
  const strong = own && DECORATED.test(text);
  const at = own && !beside ? nextText(lines, i + 1) : i;
  const kind = beside ? 'repeated' : at < lines.length ? runningKind(lines[at].text, running, isCaption) : undefined;
  const after = kind ? nextText(lines, at + 1) : at;
  const label = continuedLabel(lines, after);
  const below = label ? nextText(lines, after + 1) : after;
  const above = previousText(lines, i - 1);
  // a table's caption at the foot of a page: the header on the next page is its own, even if an earlier table had the same
  const captionAbove = above >= 0 && opensTable(lines[above].text, isCaption);
  const header = captionAbove ? undefined : repeatedHeaderEnd(lines, below);
  // an unknown line after the page number is a running header when the table goes on below it
  const continues = below < lines.length && !endsSentence(lines[below].text) && !isHeading(lines[below].text);
  const runs = kind === 'repeated' || (kind === 'alike' && (header !== undefined || label !== undefined || continues));
  if (header === undefined && label === undefined && !strong && !(runs && kind === 'repeated' && (own || glued))) return undefined;
  const end = header ?? (label ? after + 1 : runs ? at + 1 : i + 1);
  const blank = range(i, end).filter((k) => !(k === after && label === 'kept'));
  const footer = own && above >= 0 && runningKind(lines[above].text, running, isCaption) === 'repeated';
  return { blank: footer ? [above, ...blank] : blank, end };
}

/**
 * 续表1 with no page number above it (a table split by hand into two, or a text export that prints no
 * pages): the label, and the header repeated below it, go; the rows below go on with the table above.
 */
function continuedTableAt(lines: readonly SourceLine[], i: number): PageBreak | undefined {
  if (!lines[i].text.includes('续表') || continuedLabel(lines, i) !== 'blanked') return undefined;
  const end = repeatedHeaderEnd(lines, nextText(lines, i + 1)) ?? i + 1;
  return { blank: range(i, end), end };
}

/** A caption (表2 …, 表2 alone) or the 单位：… line under it: a table's header is still to come. */
const opensTable = (text: string, isCaption: (text: string) => boolean) => {
  const trimmed = withoutPageNumber(text.trim());
  return isCaption(trimmed) || /^单位\s*[:：]/.test(trimmed);
};

/** A caption saying the table goes on (续表1, 表1（续）) at `at`: 'blanked' or 'kept' (see CONTINUED_LABEL). */
function continuedLabel(lines: readonly SourceLine[], at: number): 'blanked' | 'kept' | undefined {
  const text = at < lines.length ? lines[at].text.trim() : '';
  return CONTINUED_LABEL.test(text) ? 'blanked' : CONTINUED_CAPTION.test(text) ? 'kept' : undefined;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** The longest line a running header with a glued page number prints as. */
const RUNNING_MAX_CHARS = 64;

/**
 * A cheap first look at every line: a page number starts with a digit, a dash or 第 (a TAB-indented
 * line is a cell of a Word export, never page furniture); a running header is short.
 */
function mayStartFurniture(text: string, running: ReadonlySet<string>): boolean {
  let k = 0;
  while (k < text.length && (text[k] === ' ' || text[k] === '\u3000')) k++;
  if (k === text.length || text[0] === '\t') return false;
  if (/[\d\-—–－·•第\f]/.test(text[k])) return true;
  return running.size > 0 && text.length - k <= RUNNING_MAX_CHARS && running.has(text.trim());
}

/**
 * The plan's title or a chapter at the top of a page: repeated in the document, or alike (a title: short,
 * one piece, no punctuation — a line of prose wrapped at the page's width has commas).
 */
function runningKind(text: string, running: ReadonlySet<string>, isCaption: (text: string) => boolean): 'repeated' | 'alike' | undefined {
  const key = withoutPageNumber(text.trim());
  if (!key || isCaption(key) || isNoteStart(key)) return undefined;
  if (running.has(key)) return 'repeated';
  const alike = key.length >= 8 && key.length <= 60 && /[\u4e00-\u9fff]/.test(key) && !isHeading(key) &&
    !/[，。；、,;：:！？]|\t|[|│]/.test(key) && gridSeparator(key) === undefined && key.split(/\s+/).length <= 2;
  return alike ? 'alike' : undefined;
}

const endsSentence = (text: string) => /[。；;：:，,]$/.test(text.trim());

function nextText(lines: readonly SourceLine[], from: number): number {
  let k = from;
  while (k < lines.length && isBlank(lines[k].text)) k++;
  return k;
}

function previousText(lines: readonly SourceLine[], from: number): number {
  let k = from;
  while (k >= 0 && isBlank(lines[k].text)) k--;
  return k;
}
