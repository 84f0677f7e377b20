import { AlignmentType, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });

export const paragraph = (text: string, options: { indent?: boolean; center?: boolean; size?: number; bold?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : undefined,
    indent: options.indent ? { firstLine: 420 } : undefined,
    children: [new TextRun({ text, size: options.size, bold: options.bold })],
  });

export interface CellStyle {
  /** fill colour, hex without # */
  readonly fill?: string;
  /** text colour, hex without # */
  readonly colour?: string;
  readonly bold?: boolean;
}

/** Text width of an A4 page with the default 1-inch margins, in twips. */
export const portraitWidth = 9026;
export const landscapeWidth = 13958;

export interface TableOptions {
  /** shades chosen body cells */
  readonly styleOf?: (row: number, column: number) => CellStyle | undefined;
  /** relative column widths */
  readonly weights?: readonly number[];
  readonly pageWidth?: number;
}

function cell(text: string, style: CellStyle = {}): TableCell {
  return new TableCell({
    shading: style.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, size: 18, bold: style.bold, color: style.colour })] })],
  });
}

/**
 * A real Word table; only the first row repeats on each page (tableHeader), so a row of data is
 * never taken for a heading.
 */
export function wordTable(head: readonly string[], rows: readonly string[][], options: TableOptions = {}): Table {
  const { styleOf, weights, pageWidth = portraitWidth } = options;
  const header = new TableRow({ tableHeader: true, children: head.map((h) => cell(h, { fill: 'D9D9D9', bold: true })) });
  const body = rows.map((r, i) => new TableRow({ cantSplit: true, children: r.map((c, j) => cell(c, styleOf?.(i, j))) }));
  const total = weights?.reduce((a, b) => a + b, 0) ?? 0;
  const columnWidths = weights?.map((w) => Math.floor((w / total) * pageWidth));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths, rows: [header, ...body] });
}
