import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { invalidInput } from '../domain/index.ts';
import { unifyRadicals } from './cjk-radicals.ts';
import { readPageText, type PageText, type PlacedText } from './pdf-lines.ts';
import { joinText } from './pdf-paragraphs.ts';

/** Text lines of a PDF, each with its page. */
export interface PdfPages {
  readonly lines: { text: string; readonly page: number }[];
  readonly warnings: string[];
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asset = (folder: string) => `${join(pdfjsRoot, folder)}/`;

/**
 * Reads the text layer of a PDF with pdfjs (legacy build: in Node it runs its worker in-process).
 * Lines are rebuilt from the positions of text runs; table rows become TAB-separated cells.
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
    const lines: PdfPages['lines'][number][] = [];
    const empty: number[] = [];
    const broken: number[] = [];
    let previous: PageText | undefined;
    for (let page = 1; page <= document.numPages; page++) {
      // a damaged page loses its own text only
      const text = await readPage(document, page).catch(() => (broken.push(page), noText));
      if (text.lines.length === 0) empty.push(page);
      const [first, ...rest] = text.lines;
      // a paragraph broken by the page turn is one line, at the page where it starts
      if (previous?.runsOn && text.carriesOn && lines.length) lines[lines.length - 1].text = joinText(lines.at(-1)!.text, first);
      else if (first !== undefined) lines.push({ text: first, page });
      for (const line of rest) lines.push({ text: line, page });
      previous = text;
    }
    if (lines.length === 0) {
      throw invalidInput(`文件 ${file} 没有文字层（可能是扫描件），请先做文字识别（OCR）或提供 Word/文本版本`);
    }
    const scanned = empty.filter((page) => !broken.includes(page));
    const warnings = [
      ...(scanned.length ? [`文件 ${file} 第 ${scanned.join('、')} 页没有文字层（可能是扫描页），这些页的内容未读取`] : []),
      ...(broken.length ? [`文件 ${file} 第 ${broken.join('、')} 页已损坏，无法读取，这些页的内容未读取`] : []),
    ];
    return { lines, warnings };
  } finally {
    await task.destroy();
  }
}

const noText: PageText = { lines: [], carriesOn: false, runsOn: false };

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;

async function readPage(document: PdfDocument, number: number): Promise<PageText> {
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
  page.cleanup();
  return readPageText(placed);
}

/** The affine transform m1 × m2 ([a b c d e f] as in PDF). */
function multiply(m1: number[], m2: number[]): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1], m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3], m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4], m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function pdfError(error: unknown, file: string): Error {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return invalidInput(`文件 ${file} 设有打开密码，无法读取；请提供未加密的 PDF 或 Word/文本版本`);
  }
  return invalidInput(`文件 ${file} 不是有效的 PDF（文件可能已损坏或不完整），请重新导出或下载`, { cause: String(error) });
}
