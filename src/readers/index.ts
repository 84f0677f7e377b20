import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError, invalidInput, notFound, type SourceText } from '../domain/index.ts';
import type { HtmlText } from './html-lines.ts';
import { convertToDocx } from './convert-office.ts';
import { decodeText } from './decode-text.ts';
import { decodeHtml, htmlToSource, looksLikeHtml } from './read-html.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';
import { numberLines, splitLines } from './split-lines.ts';
import { checkLineLengths, readLimits } from './read-limits.ts';

export { readLimits };

export { decodeText, detectEncoding, type DecodedText } from './decode-text.ts';
export { htmlToLines, htmlToSource, type HtmlText } from './html-lines.ts';
export { readObservationsFile, readRecords, type ObservationRow, type RowProblem, type ObservationsFile, type RawRecord } from './observations-file.ts';

type Format = SourceText['format'];

/**
 * Reads any supported document (txt in any Chinese encoding, docx, pdf, html, doc/wps through
 * LibreOffice) into numbered lines with positions: the one input form of the extractor.
 * Refuses missing, empty, binary or corrupt files with an AppError naming the file.
 */
export async function readDocument(path: string): Promise<SourceText> {
  const source = await readAnyFormat(path);
  checkLineLengths(source.lines, source.file);
  return source;
}

async function readAnyFormat(path: string): Promise<SourceText> {
  const file = basename(path);
  const bytes = await readBytes(path, file);
  const format = formatOf(path, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { file, format, sha256 };
  switch (format) {
    case 'pdf': {
      const pdf = await readPdf(bytes, file);
      return { ...base, encoding: null, lines: numberLines(pdf.lines), warnings: pdf.warnings, tables: pdf.tables };
    }
    case 'docx':
      return built(base, await readDocx(bytes, file));
    case 'doc':
    case 'wps':
      return built(base, readableOffice(await readDocx(await officeToDocx(bytes, file, format), file), file));
    case 'html':
      return readHtml(base, bytes);
    default:
      return readText(base, bytes);
  }
}

interface Base {
  file: string;
  format: Format;
  sha256: string;
}

/** Lines numbered in order; the tables' line numbers were counted the same way. */
const built = (base: Base, read: HtmlText, encoding: string | null = null): SourceText =>
  ({ ...base, encoding, lines: numberLines(read.lines.map((text) => ({ text }))), warnings: [], tables: read.tables });

async function readBytes(path: string, file: string): Promise<Uint8Array> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw notFound(`找不到文件 ${path}，请检查路径和文件名`);
    throw invalidInput(`无法读取 ${path}（${error.code ?? error.message}），请检查文件权限`);
  });
  if (info.isDirectory()) throw invalidInput(`${path} 是文件夹而不是文件，请给出规划文件本身的路径`);
  if (!info.isFile()) throw invalidInput(`${path} 不是普通文件，请给出规划文件的路径`);
  if (info.size === 0) throw invalidInput(`文件 ${file} 是空文件（0 字节），请检查是否下载或保存完整`);
  if (info.size > readLimits.maxFileBytes) {
    throw invalidInput(`文件 ${file} 有 ${Math.round(info.size / 1024 / 1024)} MB，超过上限 ${readLimits.maxFileBytes / 1024 / 1024} MB，已拒绝读取；请只提供规划正文`);
  }
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw invalidInput(`无法读取 ${file}（${error.code ?? error.message}），请检查文件权限`);
  });
}

/** The format from the extension; for other extensions, from the bytes' signature. */
function formatOf(path: string, bytes: Uint8Array): Format {
  const extension = extname(path).toLowerCase();
  const known: Record<string, Format> = {
    '.pdf': 'pdf', '.docx': 'docx', '.doc': 'doc', '.wps': 'wps', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  };
  if (known[extension]) return known[extension];
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'; // zip
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc'; // OLE compound file
  return 'txt';
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** .doc/.wps files are often really .docx, HTML or text saved under that name: read them as they are. */
async function officeToDocx(bytes: Uint8Array, file: string, format: Format): Promise<Uint8Array> {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return bytes;
  return convertToDocx(bytes, file, `.${format}`);
}

/** LibreOffice imports an unreadable file as raw text full of replacement characters. */
function readableOffice(read: HtmlText, file: string): HtmlText {
  if (read.lines.length > 0 && !read.lines.some((line) => line.includes('\ufffd'))) return read;
  throw invalidInput(`LibreOffice 无法转换 ${file}（文件可能已损坏或不是 Word/WPS 文档），请用 Word/WPS 另存为 .docx`);
}

function readHtml(base: Base, bytes: Uint8Array): SourceText {
  const decoded = decodeHtml(bytes);
  if (!decoded) throw notText(base.file);
  const read = htmlToSource(decoded.text);
  if (read.lines.length === 0) throw invalidInput(`文件 ${base.file} 是没有正文文字的网页，请提供含规划正文的页面或文件`);
  return built(base, read, decoded.encoding);
}

function readText(base: Base, bytes: Uint8Array): SourceText {
  const decoded = decodeText(bytes);
  if (!decoded) throw notText(base.file);
  if (looksLikeHtml(decoded.text)) return readHtml({ ...base, format: 'html' }, bytes);
  const warnings = decoded.text.trim() === '' ? [`文件 ${base.file} 只有空白字符，没有正文`] : [];
  return { ...base, format: 'txt', encoding: decoded.encoding, lines: splitLines(decoded.text), warnings };
}

const notText = (file: string): AppError =>
  invalidInput(`文件 ${file} 不是文本文件（含二进制内容，或不是可识别的中文编码），无法读取；支持 txt、docx、pdf、html、doc、wps`);
