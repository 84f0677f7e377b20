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
}
