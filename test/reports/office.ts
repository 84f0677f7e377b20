import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

export interface ConvertedPdf {
  readonly pages: number;
  readonly text: string;
  readonly pdf: string;
}

/**
 * Opens an office file the way a reader would: LibreOffice converts it (with a private profile, so
 * parallel tests do not share one) and returns the path of the converted file.
 */
export function convertByLibreOffice(t: TestContext, bytes: Buffer, extension: 'docx' | 'pptx', to: 'pdf' | 'html'): string {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-report-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, `report.${extension}`);
  writeFileSync(input, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', to, '--outdir', dir, input], { stdio: 'pipe', timeout: 180_000 });
  return join(dir, `report.${to}`);
}

/** A Word file (or a deck) as LibreOffice prints it: pages and text read back by poppler. */
export function convertDocxToPdf(t: TestContext, docx: Buffer, extension: 'docx' | 'pptx' = 'docx'): ConvertedPdf {
  const pdf = convertByLibreOffice(t, docx, extension, 'pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { pages, text, pdf };
}

/** A Word file as LibreOffice reads it, written back as HTML: its tables, index sections and images. */
export const convertDocxToHtml = (t: TestContext, docx: Buffer): string => readFileSync(convertByLibreOffice(t, docx, 'docx', 'html'), 'utf8');

/** The text of an HTML fragment: tags dropped, entities decoded, white space removed. */
export const textOf = (html: string): string =>
  html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, '');

/** The rows of every table in an HTML document, each as its cells' text. */
export function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map(([table]) =>
    [...table.matchAll(/<tr[\s\S]*?<\/tr>/g)].map(([row]) => [...row.matchAll(/<t[dh][\s\S]*?<\/t[dh]>/g)].map(([cell]) => textOf(cell))),
  );
}

/** The XML of one part of a .docx (unzip from Debian's unzip package). */
export function docxPart(t: TestContext, docx: Buffer, part = 'word/document.xml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-docx-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'report.docx');
  writeFileSync(file, docx);
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
