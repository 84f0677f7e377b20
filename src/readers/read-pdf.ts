import { checkPdfPages } from './read-limits.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { invalidInput } from '../domain/index.ts';
import { unifyRadicals } from './cjk-radicals.ts';
import { findRunning, joinPages, pagesWithLoneCells, type DocumentText } from './pdf-document.ts';
import { readPageText, runningKey, type PageText, type PlacedText } from './pdf-lines.ts';
import { readRuledTables, type PageTable } from './pdf-ruled-tables.ts';
import { multiply, readRulings } from './pdf-rulings.ts';

/** Text lines of a PDF, each with its page, and the tables the reader saw. */
export interface PdfPages extends DocumentText {
  readonly warnings: string[];
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asset = (folder: string) => `${join(pdfjsRoot, folder)}/`;

/**
 * Reads the text layer of a PDF with pdfjs (legacy build: in Node it runs its worker in-process).
 * Lines are rebuilt from the positions of text runs; a table drawn with rulings is read as its grid
 * (one TAB line per row, and a SourceTable), other table rows become TAB-separated cells.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<PdfPages> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    isEvalSupported: false,
  });
  const document = await task.promise.catch((error: unknown) => {
    throw pdfError(error, file);
  });
  try {
    checkPdfPages(document.numPages, file);
    const pages: { page: number; layout: PageLayout; text: PageText }[] = [];
    const scanned: number[] = [];
    const blank: number[] = [];
    const broken: number[] = [];
    for (let page = 1; page <= document.numPages; page++) {
      // a damaged page loses its own text only
      const layout = await readPage(document, page).catch(() => (broken.push(page), noLayout));
      const text = readPageText(layout.rest, layout.tables);
      if (text.lines.length === 0 && !broken.includes(page)) (layout.hasImages ? scanned : blank).push(page);
      pages.push({ page, layout, text });
    }
    const found = findRunning(pages.map((p) => p.text));
    const loneCells = pagesWithLoneCells(pages.map((p) => p.text));
    const { lines, tables } = joinPages(pages.map(({ page, layout, text }, index) => {
      // the first page keeps its top line: there the plan's title often repeats the running header
      const running = { ...(page === 1 ? { ...found, headers: new Set<string>() } : found), keepLoneNumbers: loneCells.has(index) };
      const shows = (line: string | undefined, set: ReadonlySet<string>) => line !== undefined && set.has(runningKey(line));
      const again = shows(text.top, running.headers) || shows(text.bottom, running.footers) || running.keepLoneNumbers;
      return { page, text: again ? readPageText(layout.rest, layout.tables, running) : text };
    }));
    if (lines.length === 0) throw noText(file, scanned.length > 0);
    const warnings = [
      ...(scanned.length ? [`文件 ${file} 第 ${scanned.join('、')} 页没有文字层，只有图片（可能是扫描页），这些页的内容未读取`] : []),
      ...(blank.length ? [`文件 ${file} 第 ${blank.join('、')} 页是空白页（没有文字也没有图片），已跳过`] : []),
      ...(broken.length ? [`文件 ${file} 第 ${broken.join('、')} 页已损坏，无法读取，这些页的内容未读取`] : []),
    ];
    return { lines, tables, warnings };
  } finally {
    await task.destroy();
  }
}

/** A page's text runs outside ruled tables, its ruled tables, and whether it paints a picture (a scan). */
interface PageLayout {
  readonly rest: PlacedText[];
  readonly tables: PageTable[];
  readonly hasImages?: boolean;
}

const noLayout: PageLayout = { rest: [], tables: [] };

/** A document without text is a scan to OCR when a page holds a picture; else its pages are blank. */
function noText(file: string, scanned: boolean): Error {
  return scanned
    ? invalidInput(`文件 ${file} 没有文字层（可能是扫描件），请先做文字识别（OCR）或提供 Word/文本版本`)
    : invalidInput(`文件 ${file} 各页都是空白页（没有文字也没有图片），请检查导出的 PDF 是否完整`);
}

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;

async function readPage(document: PdfDocument, number: number): Promise<PageLayout> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const page = await document.getPage(number);
  const content = await page.getTextContent();
  // positions as displayed (a page turned by /Rotate reads upright), y turned to grow upwards
  const view = page.getViewport({ scale: 1 }).transform as number[];
  const placed: PlacedText[] = [];
  for (const item of content.items) {
    // zero-height blanks are spacers some writers (Chromium) put between cells, not printed spaces
    if (!('str' in item) || item.str === '' || (item.str.trim() === '' && item.height === 0)) continue;
    const [, , c, d, x, y] = multiply(view, item.transform as number[]);
    placed.push({ text: unifyRadicals(item.str), x, y: -y, width: item.width, size: Math.hypot(c, d) || item.height });
  }
  // a page without text is a scan if it paints a picture, blank if not (boxes and rules are no text)
  if (placed.length === 0) {
    const { fnArray } = await page.getOperatorList();
    page.cleanup();
    return { rest: [], tables: [], hasImages: fnArray.some((op) => imageOperators(OPS).has(op)) };
  }
  // drawing operators are read only where the text has columns: a page of prose costs no more
  if (!readPageText(placed).lines.some((line) => line.includes('\t'))) {
    page.cleanup();
    return { rest: placed, tables: [] };
  }
  const operators = await page.getOperatorList();
  page.cleanup();
  return readRuledTables(placed, readRulings(OPS, operators.fnArray, operators.argsArray, view));
}

type Operators = typeof import('pdfjs-dist/legacy/build/pdf.mjs').OPS;
const imageOperators = (OPS: Operators) => new Set<number>([
  OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup,
]);

function pdfError(error: unknown, file: string): Error {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return invalidInput(`文件 ${file} 设有打开密码，无法读取；请提供未加密的 PDF 或 Word/文本版本`);
  }
  return invalidInput(`文件 ${file} 不是有效的 PDF（文件可能已损坏或不完整），请重新导出或下载`, { cause: String(error) });
}
