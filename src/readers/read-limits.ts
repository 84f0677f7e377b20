import { invalidInput } from '../domain/index.ts';

/**
 * What one document may cost to read. A 1 MB .docx may hold 300 MB of highly compressible XML and a
 * 3 MB PDF may inflate to 1 GB: the sizes below are far beyond any real plan (the largest seen is a
 * 40 MB .docx of ~30 MB XML, 300 pages) and far below what takes a server down.
 */
export const readLimits = {
  /** the file itself, before reading it into memory */
  maxFileBytes: 100 * 1024 * 1024,
  /** sum of a .docx's entries as its zip directory declares them */
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxPdfPages: 2000,
  /** one line of text: a plan's longest paragraph is a few thousand characters */
  maxLineLength: 100_000,
} as const;

/**
 * Refuses a zip whose directory declares more than the limit once inflated, before anything is
 * inflated. Zip64 entries declare 0xFFFFFFFF here and so count as too large. A zip that lies about
 * its sizes is caught by the worker's memory limit instead.
 */
export function checkZipSizes(bytes: Uint8Array, file: string, limit: number = readLimits.maxUnzippedBytes): void {
  const total = declaredUnzippedSize(bytes);
  if (total !== undefined && total > limit) {
    throw invalidInput(
      `文件 ${file} 解压后有 ${mb(total)} MB，超过上限 ${mb(limit)} MB（可能是“压缩炸弹”），已拒绝读取；如确为规划文件，请删去其中的大图片后另存`,
      { field: 'file', unzippedBytes: total, limit },
    );
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The sum of the uncompressed sizes in the zip's central directory; undefined when there is none. */
export function declaredUnzippedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    total += view.getUint32(offset + 24, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

/** The end-of-central-directory record sits in the last 22 bytes plus up to 64 KB of comment. */
function findEndOfDirectory(view: DataView): number | undefined {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return undefined;
}

/** Refuses text with a line no plan has: pathological input for every line-based reading after this. */
export function checkLineLengths(lines: readonly { line: number; text: string }[], file: string): void {
  const long = lines.find((l) => l.text.length > readLimits.maxLineLength);
  if (long) {
    throw invalidInput(`文件 ${file} 第 ${long.line} 行有 ${long.text.length} 个字符，超过上限 ${readLimits.maxLineLength}：不像规划文本，已拒绝读取`, { field: 'file', line: long.line });
  }
}

export function checkPdfPages(pages: number, file: string): void {
  if (pages > readLimits.maxPdfPages) {
    throw invalidInput(`文件 ${file} 有 ${pages} 页，超过上限 ${readLimits.maxPdfPages} 页，已拒绝读取；请只上传规划正文`, { field: 'file', pages });
  }
}
