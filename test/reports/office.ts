import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

export interface ConvertedPdf {
  readonly pages: number;
  readonly text: string;
  readonly pdf: string;
}

/**
 * Opens a Word file the way a reader would: LibreOffice converts it to PDF (with a private
 * profile, so parallel tests do not share one), then poppler reads its pages and text.
 */
export function convertDocxToPdf(t: TestContext, docx: Buffer): ConvertedPdf {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-report-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'report.docx');
  writeFileSync(input, docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(dir, 'report.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { pages, text, pdf };
}

/** The XML of one part of a .docx (unzip from Debian's unzip package). */
export function docxPart(t: TestContext, docx: Buffer, part = 'word/document.xml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-docx-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'report.docx');
  writeFileSync(file, docx);
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
