import type { DocumentIssue, SourceLine, SourceTable } from '../domain/index.ts';
import { type GridBody, readSourceTable } from './source-table.ts';
import { BARE_TABLE_LABEL } from './table-label.ts';
import { isBlank, isHeading } from './table-lines.ts';

/** A grid table found for the table loop: its caption, body, and whether it continues the table above. */
export interface GridTablePlan {
  readonly caption: string;
  /** 1-based line of the caption (of the table's first line when the caption was taken from inside it) */
  readonly line: number;
  readonly body: GridBody;
  /** 表2（续）, or the same header right after a grid table: the rows join the table above */
  readonly continued: boolean;
  readonly issues: DocumentIssue[];
}

/** A caption stands at most this many lines above its table (表N, its title, a 单位：… line). */
const CAPTION_REACH = 3;
/** A guessed caption (a table with none) is looked for this many lines up. */
const GUESS_REACH = 8;
/** A grid with the same header this close below a grid table is the same table after a page break. */
const CONTINUATION_REACH = 3;
/** Longest line taken for a caption (longer lines are prose; a caption in extract-tables is ≤ 60). */
const CAPTION_CHARS = 60;
/**
 * Grids whose cells are known, not inferred: Word/HTML tables and PDF tables drawn with rulings. A
 * grid the pdf reader inferred from glyph positions ('pdf-positioned') is left to the text path,
 * which scores several readings of the same lines.
 */
const KNOWN_GRIDS: ReadonlySet<SourceTable['origin']> = new Set(['docx', 'html', 'pdf-ruled']);
const CONTINUED = /[（(]续[)）]\s*$/;

/**
 * The grid tables of a document, keyed by the line the table loop meets them on: the caption's
 * line when a caption (see `isCaption`) stands just above the table, else the table's first line.
 * A table without a caption is kept only when its header plainly reads as an indicator table, and
 * takes the nearest 表…/…指标… line above it, else the heading above it, with an issue saying so.
 */
export function planGridTables(
  lines: readonly SourceLine[], tables: readonly SourceTable[] | undefined, isCaption: (text: string) => boolean,
  periodEnd: number | null = null,
): Map<number, GridTablePlan> {
  const plans = new Map<number, GridTablePlan>();
  let previous: { table: SourceTable; plan: GridTablePlan } | undefined;
  const sorted = (tables ?? []).filter((t) => KNOWN_GRIDS.has(t.origin)).sort((a, b) => a.firstLine - b.firstLine);
  for (const [k, table] of sorted.entries()) {
    const floor = k > 0 ? sorted[k - 1].lastLine : 0;
    const own = readSourceTable(lines, table, {}, periodEnd);
    const captioned = captionAbove(lines, table, floor, isCaption) ?? captionInside(own, table, isCaption);
    const near = previous && !captioned && table.firstLine - previous.table.lastLine <= CONTINUATION_REACH + 1 ? previous : undefined;
    const carried = near && { header: near.plan.body.header, group: near.plan.body.lastGroup };
    const sameTable = carried !== undefined && (own === undefined || sameHeader(carried.header.texts, own.header.texts));
    const body = sameTable ? readSourceTable(lines, table, carried, periodEnd) : own;
    if (!body) continue;
    const continued = captioned ? CONTINUED.test(captioned.text) : sameTable;
    if (!captioned && !continued && !plainlyIndicators(body)) continue;
    const guessed = captioned || continued ? undefined : guessCaption(lines, table, floor, body);
    const caption = captioned ?? guessed ?? { text: near!.plan.caption, line: near!.plan.line };
    const plan: GridTablePlan = {
      caption: caption.text, line: caption.line, body, continued,
      issues: guessed ? [guessedIssue(table, guessed)] : [],
    };
    plans.set(captioned?.line ?? table.firstLine, plan);
    previous = { table, plan };
  }
  return plans;
}

interface Caption {
  readonly text: string;
  readonly line: number;
}

/** 表2-1 … (or 表1 with its title on the next line) within a few lines above the table. */
function captionAbove(lines: readonly SourceLine[], table: SourceTable, floor: number, isCaption: (text: string) => boolean): Caption | undefined {
  const above = linesAbove(lines, table.firstLine, floor, CAPTION_REACH);
  const at = above.findIndex((l) => isCaption(l.text));
  if (at < 0) return undefined;
  const found = above[at];
  const title = above[at - 1];
  const label = above[at + 1];
  // a label alone over a title that reads as a caption on its own (附表 / …主要指标) names the table with it
  if (!BARE_TABLE_LABEL.test(found.text.trim()) && label && BARE_TABLE_LABEL.test(label.text.trim())) {
    return { text: `${label.text.trim()} ${found.text.trim()}`, line: label.line };
  }
  const text = BARE_TABLE_LABEL.test(found.text.trim()) && title && !/^单位\s*[:：]/.test(title.text.trim())
    ? `${found.text.trim()} ${title.text.trim()}` : found.text.trim();
  return { text, line: found.line };
}

/** A caption printed as the table's first row, across its width. */
function captionInside(body: GridBody | undefined, table: SourceTable, isCaption: (text: string) => boolean): Caption | undefined {
  const title = body?.header.titles.find(isCaption);
  return title === undefined ? undefined : { text: title, line: table.firstLine };
}

/** Non-blank lines above `firstLine`, nearest first, not reaching into the table above. */
function linesAbove(lines: readonly SourceLine[], firstLine: number, floor: number, reach: number): SourceLine[] {
  const found: SourceLine[] = [];
  for (let i = lines.findIndex((l) => l.line === firstLine) - 1; i >= 0 && found.length < reach && lines[i].line > floor; i--) {
    if (!isBlank(lines[i].text)) found.push(lines[i]);
  }
  return found;
}

/** A table without a caption counts when its header names 指标 or has a unit or 属性 column beside a value column. */
function plainlyIndicators(body: GridBody): boolean {
  const { roles, texts } = body.header;
  const named = texts[roles.indexOf('name')]?.includes('指标') || roles.includes('unit') || roles.includes('attribute');
  return named && roles.some((role) => role === 'target' || role === 'baseline' || role === 'actual');
}

const sameHeader = (a: readonly string[], b: readonly string[]) => a.join('\t') === b.join('\t');

/** A title row inside the table, else the nearest short 表…/…指标… line above, else the heading above. */
function guessCaption(lines: readonly SourceLine[], table: SourceTable, floor: number, body: GridBody): Caption {
  const title = body.header.titles.find((t) => /表|指标/.test(t) && t.length <= CAPTION_CHARS);
  if (title) return { text: title, line: table.firstLine };
  const above = linesAbove(lines, table.firstLine, floor, GUESS_REACH).filter((l) => isShortLine(l.text));
  const named = above.find((l) => /表|指标/.test(l.text));
  const heading = above.find((l) => isHeading(l.text)) ?? above[0];
  const chosen = named ?? heading;
  return chosen ? { text: chosen.text.trim(), line: chosen.line } : { text: `第 ${table.firstLine} 行的指标表`, line: table.firstLine };
}

const isShortLine = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= CAPTION_CHARS && !/[。，；,;：:]$/.test(trimmed) && !trimmed.includes('\t');
};

function guessedIssue(table: SourceTable, caption: Caption): DocumentIssue {
  return {
    code: 'table-caption-guessed', severity: 'warning', line: table.firstLine, excerpt: caption.text,
    message: `第 ${table.firstLine} 行：指标表前没有“表…”标题，已取“${caption.text}”（第 ${caption.line} 行）作表名；` +
      '如不对，请在表格前加一行标题（如“表1 主要指标”）',
  };
}
