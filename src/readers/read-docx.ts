import { invalidInput } from '../domain/index.ts';
import { writeTableListNumbers } from './docx-list-numbers.ts';
import { dropRaisedNoteNumbers } from './docx-raised-notes.ts';
import { htmlToSource, type HtmlText } from './html-lines.ts';
import { checkZipSizes } from './read-limits.ts';

/** What Word draws that mammoth's model leaves out or reads as text: list numbers, raised note numbers. */
const readDrawnText = <T extends object>(document: T): T =>
  dropRaisedNoteNumbers(writeTableListNumbers(document as never) as never) as T;

/**
 * Word (.docx) → lines through mammoth's HTML, which keeps tables: each paragraph is a line,
 * each table row a line of TAB-joined cells (merged cells leave empty strings in their places);
 * each table is also kept as its grid (cells with their spans and lines). Numbers Word draws for a
 * table's list-numbered paragraphs (序号) are written in (docx-list-numbers.ts).
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<HtmlText> {
  checkZipSizes(bytes, file);
  // loaded when a document is read: mammoth would otherwise sit in the server's memory from its start
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // transformDocument's type is mammoth's own model, which it does not export
    const options = { ignoreEmptyParagraphs: true, transformDocument: readDrawnText as never };
    html = (await mammoth.convertToHtml({ buffer }, options)).value;
  } catch (error) {
    throw invalidInput(
      `文件 ${file} 不是有效的 Word（.docx）文件（可能已损坏、不完整或其实是别的格式），请用 Word 或 WPS 打开后重新另存为 .docx`,
      { cause: error instanceof Error ? error.message : String(error) },
    );
  }
  return htmlToSource(html, { keepSpaces: true, origin: 'docx' });
}
