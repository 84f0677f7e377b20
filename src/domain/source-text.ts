/** Where a line came from in the original document. */
export interface SourcePosition {
  /** 1-based page for PDFs, null otherwise */
  readonly page: number | null;
}

/** One line of a document as read: the single input form of the extractor. */
export interface SourceLine {
  /** 1-based line number in the decoded text (what plan-extract `line` fields refer to) */
  readonly line: number;
  readonly text: string;
  readonly position: SourcePosition;
}

/** A document decoded to lines, whatever its format. */
export interface SourceText {
  readonly file: string;
  readonly format: 'txt' | 'docx' | 'pdf' | 'html' | 'doc' | 'wps';
  /** detected text encoding for txt/html, null otherwise */
  readonly encoding: string | null;
  readonly sha256: string;
  readonly lines: SourceLine[];
  /** problems met while reading (e.g. pages without text) */
  readonly warnings: string[];
  /** tables whose grid the reader knew (docx/html/pdf); absent or empty for plain text */
  readonly tables?: readonly SourceTable[];
}

/** One cell of a table as the reader saw it: a Word/HTML grid cell, or a PDF cell from rulings or positions. */
export interface SourceTableCell {
  /** the cell's printed lines (paragraphs) joined by a space, ends trimmed */
  readonly text: string;
  /** the cell's paragraphs or printed lines, in order */
  readonly parts: readonly string[];
  /** 0-based row and column of the cell's top-left corner in the table's grid */
  readonly row: number;
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
  /** 1-based line of `SourceText.lines` where the cell's text stands (provenance) */
  readonly line: number;
}

/**
 * A table as the reader knew it, so that its structure need not be guessed from text: Word and HTML
 * tables with their row/column spans, PDF tables from ruling lines or glyph positions. The same
 * table is also printed in `SourceText.lines` (one line per grid row), for provenance.
 */
export interface SourceTable {
  readonly origin: 'docx' | 'html' | 'pdf-ruled' | 'pdf-positioned';
  /** 1-based lines of `SourceText.lines` the table occupies */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** every cell once (a merged cell is one cell with its spans), in reading order */
  readonly cells: readonly SourceTableCell[];
}
