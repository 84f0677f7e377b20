import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { SourceLine } from '../../../src/domain/index.ts';
import { extractPlan } from '../../../src/parsers/index.ts';
import { findLibreOffice } from '../../../src/readers/convert-office.ts';
import { readDocument } from '../../../src/readers/index.ts';
import { printPagesToPdf } from '../../support/print-pdf.ts';
import { buildDocx, buildHtml, createSection, type Section } from './file-documents.ts';
import type { FixtureTable } from './fixture-tables.ts';
import { readingBetween } from './flagged.ts';
import { createRandom } from './seeded-random.ts';
import type { Outcome } from './known-gaps.ts';
import type { CaseResult } from './summary.ts';
import { outcomeOf } from './text-cases.ts';
import { buildGrid } from './table-grid.ts';
import { FILE_VARIANTS, type Variant } from './variants.ts';

export const FILE_FAMILIES = ['docx', 'html', 'pdf', 'pdf-browser', 'pdftotext-layout', 'pdftotext-raw'] as const;
type FileFamily = (typeof FILE_FAMILIES)[number];

/** The text `pdftotext` makes of the PDF, with and without -layout, as users paste it: read as a .txt. */
const PDFTOTEXT_OPTIONS: Partial<Record<FileFamily, readonly string[]>> = {
  'pdftotext-layout': ['-layout', '-enc', 'UTF-8'],
  'pdftotext-raw': ['-enc', 'UTF-8'],
};

const fileOf = (base: string, family: FileFamily) => {
  if (family === 'pdf-browser') return `${base}.browser.pdf`;
  return PDFTOTEXT_OPTIONS[family] ? `${base}.${family}.txt` : `${base}.${family}`;
};

async function convertToText(base: string): Promise<void> {
  for (const [family, options] of Object.entries(PDFTOTEXT_OPTIONS)) {
    await promisify(execFile)('pdftotext', [...options, `${base}.pdf`, `${base}.${family}.txt`]);
  }
}

export interface FileOptions {
  /** LibreOffice is there to print the Word file as a PDF */
  readonly pdf: boolean;
  /** pdftotext is there to turn that PDF into text */
  readonly pdftotext: boolean;
  /** Chromium is there to print the HTML page as a PDF */
  readonly browser: boolean;
}

const familiesFor = (options: FileOptions) => FILE_FAMILIES.filter((f) => {
  if (f === 'pdf') return options.pdf;
  if (f === 'pdf-browser') return options.browser;
  return PDFTOTEXT_OPTIONS[f] ? options.pdf && options.pdftotext : true;
});

/** LibreOffice starts once for all documents: a conversion costs seconds, most of it start-up. */
const CONVERT_TIMEOUT_MS = 180_000;

async function convertToPdf(dir: string, files: readonly string[]): Promise<void> {
  const soffice = findLibreOffice();
  if (!soffice) throw new Error('LibreOffice is not installed');
  await promisify(execFile)(soffice, [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files,
  ], { timeout: CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL' });
}

/** One section per table × file variant, all in one document (each format is read once). */
interface Entry {
  readonly variant: Variant;
  readonly table: FixtureTable;
  readonly section: Section;
}

const fileRandom = (variant: Variant, table: FixtureTable) => createRandom(`file | ${variant.name} | ${table.id}`);

const entriesOf = (tables: readonly FixtureTable[]): Entry[] =>
  FILE_VARIANTS.flatMap((variant) => tables.filter((t) => variant.applies(t)).map((table) => ({ variant, table })))
    .map(({ variant, table }, i) => ({
      variant, table,
      section: createSection(i, buildGrid(table, variant.columns), fileRandom(variant, table), variant.borderless),
    }));

const comparedIn = (variant: Variant, family: FileFamily) => variant.fileFamilies?.includes(family) ?? true;

/** The line ranges [start, end) from one section's marker to the next one's (NaN: its marker is lost). */
function sectionRanges(lines: readonly SourceLine[], sections: readonly Section[]): Array<[number, number]> {
  // a PDF's text may set a space between digits and Chinese (样表 12)
  const lineOf = (marker: string) => lines.find((l) => l.text.replace(/\s/g, '').includes(marker))?.line ?? Number.NaN;
  const starts = sections.map((s) => lineOf(s.marker));
  return starts.map((start, i) => [start, starts.slice(i + 1).find((n) => !Number.isNaN(n)) ?? Infinity]);
}

async function readBack(path: string, entries: readonly Entry[]): Promise<Outcome[]> {
  const source = await readDocument(path);
  const extract = extractPlan(source);
  const ranges = sectionRanges(source.lines, entries.map((e) => e.section));
  return entries.map((e, i) => {
    const [start, end] = ranges[i];
    const found = Number.isNaN(start) ? [] : extract.indicators.filter((x) => x.line >= start && x.line < end);
    const reading = Number.isNaN(start) ? { tables: [], issues: [] } : readingBetween(extract, start, end);
    return outcomeOf(e.variant.name, e.section.grid.expected, found, reading);
  });
}

/**
 * Every table × column variant printed into one Word, one HTML and (when `pdf`, through LibreOffice)
 * one PDF document (and, when `browser`, the HTML page printed to PDF by Chromium) (and, when `pdftotext`, its text with and without -layout), read back with readDocument and the real extractor. ROUNDTRIP_KEEP=1 keeps the files.
 */
export async function fileResults(tables: readonly FixtureTable[], options: FileOptions): Promise<CaseResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'plantrack-roundtrip-'));
  try {
    const entries = entriesOf(tables);
    const sections = entries.map((e) => e.section);
    const base = join(dir, 'tables');
    await writeFile(`${base}.docx`, await buildDocx(sections));
    await writeFile(`${base}.html`, buildHtml(sections));
    if (options.pdf) await convertToPdf(dir, [`${base}.docx`]);
    if (options.pdf && options.pdftotext) await convertToText(base);
    if (options.browser) await printPagesToPdf([`${base}.html`], () => fileOf(base, 'pdf-browser'));
    const results: CaseResult[] = [];
    for (const family of familiesFor(options)) {
      const read = await readBack(fileOf(base, family), entries);
      for (const table of tables) {
        const outcomes = read.filter((_, i) => entries[i].table === table && comparedIn(entries[i].variant, family));
        results.push({ family, table: table.id, outcomes });
      }
    }
    return results;
  } finally {
    if (process.env.ROUNDTRIP_KEEP) console.log(`round-trip documents kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}
