import { invalidInput } from '../domain/index.ts';
import { htmlToSource, type HtmlText } from './html-lines.ts';
import { checkZipSizes } from './read-limits.ts';

/**
 * Word (.docx) → lines through mammoth's HTML, which keeps tables: each paragraph is a line,
 * each table row a line of TAB-joined cells (merged cells leave empty strings in their places);
 * each table is also kept as its grid (cells with their spans and lines).
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<HtmlText> {
  checkZipSizes(bytes, file);
  // loaded when a document is read: mammoth would otherwise sit in the server's memory from its start
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true })).value;
  } catch (error) {
    throw invalidInput(
      `文件 ${file} 不是有效的 Word（.docx）文件（可能已损坏、不完整或其实是别的格式），请用 Word 或 WPS 打开后重新另存为 .docx`,
      { cause: error instanceof Error ? error.message : String(error) },
    );
  }
  return htmlToSource(html, { keepSpaces: true, origin: 'docx' });
}
