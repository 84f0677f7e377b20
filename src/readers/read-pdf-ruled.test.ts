import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Indicator, SourceTable, SourceText } from '../domain/index.ts';
import { extractPlan } from '../parsers/index.ts';
import { findLibreOffice } from './convert-office.ts';
import { readDocument } from './index.ts';
import { hasChromium, hasLibreOffice, requireSystem } from '../../test/support/system.ts';
import { printPdf } from '../../test/fixtures/readers/print-pdf.ts';
import {
  buildRuledDocx, captionB, expectedIndicators, groupsB, runningHeader, ruledHtml,
} from '../../test/fixtures/readers/ruled-tables.ts';

// The test document is printed once per run of this file (LibreOffice takes seconds to start).
const dir = mkdtempSync(join(tmpdir(), 'plantrack-ruled-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let docx: Promise<string> | undefined;
let officePdf: Promise<string> | undefined;
let chromiumPdf: string | undefined;

const buildDocx = () => (docx ??= buildRuledDocx().then((bytes) => (writeFileSync(join(dir, 'ruled.docx'), bytes), join(dir, 'ruled.docx'))));
const buildOfficePdf = () => (officePdf ??= buildDocx().then((path) => {
  execFileSync(findLibreOffice()!, [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path,
  ], { timeout: 120_000, stdio: 'ignore' });
  return join(dir, 'ruled.pdf');
}));
const buildChromiumPdf = () => (chromiumPdf ??= (printPdf(ruledHtml(), join(dir, 'ruled-chromium.pdf')), join(dir, 'ruled-chromium.pdf')));

/** The fields a reader must carry through: the row as the parser reads it, line numbers aside. */
const row = (i: Indicator) => ({
  category: i.category, name: i.name, unit: i.unit, baseline: i.baseline?.raw ?? null, target: i.target?.raw ?? null,
  annual: i.annualGrowth?.raw ?? null, attribute: i.attribute,
});
const rowsOf = (source: SourceText) => extractPlan(source).indicators.map(row);

async function assertSameRowsAsDocx(pdf: string) {
  const fromDocx = rowsOf(await readDocument(await buildDocx()));
  const fromPdf = rowsOf(await readDocument(pdf));
  assert.deepEqual(fromPdf, fromDocx);
  const expected = expectedIndicators();
  assert.deepEqual(fromPdf.map(({ category, name, unit, baseline, attribute }) => ({ category, name, unit, baseline, attribute })), expected);
}

test('a bordered table printed by LibreOffice from Word gives the same indicator rows as the .docx', { timeout: 240_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice（apt-get install libreoffice-writer-nogui）')) return;
  await assertSameRowsAsDocx(await buildOfficePdf());
});

test('a bordered HTML table printed by Chromium gives the same indicator rows as the .docx', { timeout: 240_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'Chromium（apt-get install chromium）')) return;
  await assertSameRowsAsDocx(buildChromiumPdf());
});

/** The table's cell at a grid place, and the text that stands there in its TAB line. */
function cellAt(source: SourceText, table: SourceTable, row: number, column: number) {
  const cell = table.cells.find((c) => c.row === row && c.column === column);
  assert.ok(cell, `cell ${row},${column}`);
  assert.equal(source.lines[cell.line - 1].text.split('\t')[column], cell.text, `line ${cell.line}`);
  return cell;
}

async function assertRuledTables(path: string) {
  const source = await readDocument(path);
  const tables = source.tables ?? [];
  assert.deepEqual(tables.map((t) => [t.origin, t.rowCount, t.columnCount]), [['pdf-ruled', 9, 6], ['pdf-ruled', 29, 7]]);
  const [a, b] = tables;
  const space = (text: string) => text.replace(/(\d) (年)/g, '$1$2'); // one font for Chinese and digits: pdfjs prints LibreOffice's autospace inside the run (2020 年)
  // 表1: a two-row header, “十四五”目标 spanning 2025年 | 年均增长, the header cells beside it spanning both rows
  assert.deepEqual([cellAt(source, a, 0, 0).rowspan, cellAt(source, a, 0, 3).colspan], [2, 2]);
  assert.equal(cellAt(source, a, 0, 3).text, '“十四五”目标');
  assert.deepEqual([space(cellAt(source, a, 1, 3).text), cellAt(source, a, 1, 4).text], ['2025年', '年均增长']);
  // a group label merged down its rows is one cell, its text in the first row only
  assert.deepEqual([cellAt(source, a, 2, 0).text, cellAt(source, a, 2, 0).rowspan], ['经济发展', 3]);
  assert.equal(source.lines[a.firstLine + 2].text.split('\t')[0], '');
  // a name wrapped in its narrow column is one cell, the printed pieces kept
  const gdp = cellAt(source, a, 2, 1);
  assert.equal(gdp.text, '地区生产总值（亿元）');
  assert.ok(gdp.parts.length >= 2 && gdp.parts.join('') === gdp.text, JSON.stringify(gdp.parts));
  assert.deepEqual([cellAt(source, a, 2, 3).text, cellAt(source, a, 4, 4).text], ['', '-']);
  // 表2 runs over a page: one table, its header printed once, the group cut by the break one cell
  assert.equal(source.lines[b.firstLine - 2].text.replace(/\s/g, ''), captionB.replace(/\s/g, ''));
  const pages = new Set(source.lines.slice(b.firstLine - 1, b.lastLine).map((l) => l.position.page));
  assert.equal(pages.size, 2, 'the table crosses a page break');
  assert.equal(source.lines.filter((l) => space(l.text) === '类别\t序号\t指标\t单位\t2020年\t2025年\t属性').length, 1);
  const groups = b.cells.filter((c) => c.column === 0 && c.row > 0);
  assert.deepEqual(groups.map((c) => [c.text, c.rowspan]), groupsB.map((g) => [g.category, g.rows.length]));
  assert.deepEqual(b.cells.filter((c) => c.column === 1 && c.row > 0).map((c) => c.text), groupsB.flatMap((g) => g.rows).map((_, i) => String(i + 1)));
  return source;
}

test('LibreOffice: ruled tables come as grids with spans, rows once, page numbers and running headers left out', { timeout: 240_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice（apt-get install libreoffice-writer-nogui）')) return;
  const source = await assertRuledTables(await buildOfficePdf());
  // the running header stays only where it opens the document; the page footers are gone
  assert.deepEqual(source.lines.filter((l) => l.text === runningHeader).map((l) => l.position.page), [1]);
  assert.ok(!source.lines.some((l) => /^—\s*\d+\s*—$/.test(l.text)), 'no page number line');
});

test('Chromium: ruled tables come as grids with spans, the header repeated on the new page read once', { timeout: 240_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'Chromium（apt-get install chromium）')) return;
  await assertRuledTables(buildChromiumPdf());
});

/** A seed plan as a web page: each run of TAB rows a bordered table, every other line a paragraph. */
function borderedPlanHtml(text: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cell = (value: string) => `<td style="border:1px solid #000;padding:1px 3px">${escape(value)}</td>`;
  let body = '';
  let inTable = false;
  for (const line of text.split('\n')) {
    const row = /\S\t+\S/.test(line);
    if (row !== inTable) body += row ? '<table style="border-collapse:collapse">' : '</table>';
    inTable = row;
    body += row ? `<tr>${line.split('\t').map(cell).join('')}</tr>` : `<p>${escape(line)}</p>`;
  }
  return `<!doctype html><meta charset="utf-8"><body style="font-family:'Noto Sans CJK SC';font-size:11pt">${body}</body>`;
}

test('a seed plan whose tables are printed bordered by Chromium gives the indicator rows of its text', { timeout: 240_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'Chromium（apt-get install chromium）')) return;
  const seed = 'examples/plans/003_d7ad96852b7746b9.txt';
  const path = join(dir, 'seed-003.pdf');
  printPdf(borderedPlanHtml(readFileSync(seed, 'utf8')), path);
  const fromText = rowsOf(await readDocument(seed));
  assert.ok(fromText.length > 40, `${fromText.length} rows`);
  assert.deepEqual(rowsOf(await readDocument(path)), fromText);
});

test('a bordered table under a caption that no reading explains gives table-unread with its lines, never silence', { timeout: 240_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'Chromium（apt-get install chromium）')) return;
  const cells = (row: readonly string[]) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const rows = [['甲', '乙', '丙', '丁'], ['12.5', '30', '40', '7'], ['13.5', '31', '41', '8'], ['14.5', '32', '42', '9']];
  const html = '<!doctype html><html><head><meta charset="utf-8"></head><body><p>到2025年，主要发展目标如下。</p>' +
    `<p>表1 “十四五”主要指标</p><table border="1">${rows.map(cells).join('')}</table><p>坚持把发展经济的着力点放在实体经济上。</p></body></html>`;
  const path = join(dir, 'unexplained.pdf');
  printPdf(html, path);
  const plan = extractPlan(await readDocument(path));
  assert.equal(plan.indicators.length, 0);
  const unread = plan.issues.filter((i) => i.code === 'table-unread');
  assert.equal(unread.length, 1, JSON.stringify(plan.issues));
  assert.match(unread[0].message, /表1 “十四五”主要指标/);
});
