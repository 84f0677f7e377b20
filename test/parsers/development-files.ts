import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Indicator, PlanExtract } from '../../src/domain/index.ts';
import { extractPlan } from '../../src/parsers/index.ts';
import { findLibreOffice } from '../../src/readers/convert-office.ts';
import { readDocument } from '../../src/readers/index.ts';
import { packDocx } from '../support/pack-docx.ts';
import { printPagesToPdf } from '../support/print-pdf.ts';
import { valueCell } from './value-cell.ts';

// Development fixtures made the way users' files are made: government-website HTML (NAME.html), Word
// files written as Word writes them (NAME.document.xml, with NAME.footnotes.xml and NAME.numbering.xml), and text
// files as Word and WPS save them (NAME.txt, in the encoding they were saved in). LibreOffice turns the HTML and Word
// files into what else users hold: the HTML saved as Word, and every such document printed to PDF; Chromium
// prints the HTML pages to PDF as a browser does.
export const FILES = fileURLToPath(new URL('../fixtures/development/files/', import.meta.url));

export type Rendering = 'html' | 'docx' | 'pdf' | 'pdf-browser' | 'txt';

export interface RenderedFile {
  readonly fixture: string;
  readonly rendering: Rendering;
  readonly path: string;
}

/** One LibreOffice start for many files: a conversion costs seconds, most of it start-up. */
const CONVERT_TIMEOUT_MS = 180_000;

async function convert(dir: string, to: string, files: readonly string[], infilter?: string): Promise<void> {
  if (files.length === 0) return;
  const soffice = findLibreOffice();
  if (!soffice) throw new Error('LibreOffice is not installed');
  await promisify(execFile)(soffice, [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore',
    ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', join(dir, to.split(':')[0]), ...files,
  ], { timeout: CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL' });
}

/**
 * Every fixture in every rendering: LibreOffice's only when `office` (it is installed), the HTML pages
 * printed to PDF by Chromium (as users print a government site's page) only when `browser`.
 */
export async function renderFiles(dir: string, office: boolean, browser = false): Promise<RenderedFile[]> {
  const names = (await readdir(FILES)).sort();
  const html = names.filter((n) => n.endsWith('.html')).map((n) => n.replace(/\.html$/, ''));
  const word = names.filter((n) => n.endsWith('.document.xml')).map((n) => n.replace(/\.document\.xml$/, ''));
  const text = names.filter((n) => n.endsWith('.txt')).map((n) => n.replace(/\.txt$/, ''));
  for (const name of html) await copyFile(join(FILES, `${name}.html`), join(dir, `${name}.html`));
  for (const name of text) await copyFile(join(FILES, `${name}.txt`), join(dir, `${name}.txt`));
  const part = (name: string, kind: string) =>
    (names.includes(`${name}.${kind}.xml`) ? readFile(join(FILES, `${name}.${kind}.xml`), 'utf8') : undefined);
  for (const name of word) {
    const [document, footnotes, numbering] = await Promise.all(['document', 'footnotes', 'numbering'].map((k) => part(name, k)));
    await writeFile(join(dir, `${name}.docx`), await packDocx({ document: document!, footnotes, numbering }));
  }
  const files: RenderedFile[] = [
    ...html.map((fixture) => ({ fixture, rendering: 'html' as const, path: join(dir, `${fixture}.html`) })),
    ...word.map((fixture) => ({ fixture, rendering: 'docx' as const, path: join(dir, `${fixture}.docx`) })),
    ...text.map((fixture) => ({ fixture, rendering: 'txt' as const, path: join(dir, `${fixture}.txt`) })),
  ];
  if (browser) {
    await printPagesToPdf(html.map((n) => join(dir, `${n}.html`)), (page) => page.replace(/\.html$/, '.browser.pdf'));
    files.push(...html.map((fixture) => ({ fixture, rendering: 'pdf-browser' as const, path: join(dir, `${fixture}.browser.pdf`) })));
  }
  if (!office) return files;
  await convert(dir, 'docx:MS Word 2007 XML', html.map((n) => join(dir, `${n}.html`)), 'HTML (StarWriter)');
  await convert(dir, 'pdf', [...html.map((n) => join(dir, `${n}.html`)), ...word.map((n) => join(dir, `${n}.docx`))]);
  return [
    ...files,
    ...html.map((fixture) => ({ fixture, rendering: 'docx' as const, path: join(dir, 'docx', `${fixture}.docx`) })),
    ...[...html, ...word].map((fixture) => ({ fixture, rendering: 'pdf' as const, path: join(dir, 'pdf', `${fixture}.pdf`) })),
  ];
}

export const createWorkDir = () => mkdtemp(join(tmpdir(), 'plantrack-devfiles-'));
export const removeWorkDir = (dir: string) => rm(dir, { recursive: true, force: true });

/**
 * What an expectation holds: the tables (a caption's spacing as one space: Word's typed spaces and a PDF's
 * gap are the same caption) and every indicator row with its fields.
 */
export function summarize(result: PlanExtract) {
  return {
    tables: result.tables.map((t) => `${t.caption.replace(/[ \t\u00a0\u3000]+/g, ' ')} | ${t.kind} | ${t.rows}`),
    indicators: result.indicators.map(rowSummary),
  };
}

export const rowSummary = (i: Indicator) => ({
  seq: i.seq, category: i.category, name: i.name, unit: i.unit, attribute: i.attribute,
  baseline: valueCell(i.baseline), target: valueCell(i.target), actual: valueCell(i.actual), annualGrowth: valueCell(i.annualGrowth),
});

export async function readRendered(file: RenderedFile) {
  return summarize(extractPlan(await readDocument(file.path)));
}

type Row = ReturnType<typeof rowSummary>;

/** Rows exact, and fields right over the expected rows (a row compared with the row read at its place). */
export function score(expected: readonly Row[], actual: readonly Row[]) {
  let rows = 0;
  let fields = 0;
  let total = 0;
  expected.forEach((want, i) => {
    const got = actual[i] as Record<string, unknown> | undefined;
    const keys = Object.keys(want) as (keyof Row)[];
    const right = keys.filter((k) => got !== undefined && JSON.stringify(got[k]) === JSON.stringify(want[k])).length;
    fields += right;
    total += keys.length;
    if (right === keys.length) rows++;
  });
  return { rows, of: expected.length, read: actual.length, fields, total };
}
