import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from './index.ts';
import { findLibreOffice } from './convert-office.ts';
import { hasLibreOffice, requireSystem } from '../../test/support/system.ts';
import { buildExcerptDocx } from '../../test/fixtures/readers/build-docx.ts';
import { caption, expectedTabLines, heading, prose } from '../../test/fixtures/readers/seed-excerpt.ts';

test('a Word file gives its paragraphs as lines and each table row as TAB-joined cells', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-docx-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, '连云港摘录.docx');
  writeFileSync(path, await buildExcerptDocx());

  const source = await readDocument(path);
  assert.equal(source.format, 'docx');
  assert.equal(source.encoding, null);
  assert.deepEqual(source.lines.map((l) => l.text), [heading, prose, caption, ...expectedTabLines(), '注：带*的为2019年数据。']);
  assert.deepEqual(source.lines.map((l) => l.line), source.lines.map((_, i) => i + 1));
  assert.ok(source.lines.every((l) => l.position.page === null));
  // the table is also kept as its grid: Word's vertical merges are rowspans, each cell on its row's line
  assert.equal(source.tables?.length, 1);
  const table = source.tables![0];
  assert.deepEqual([table.origin, table.firstLine, table.lastLine, table.rowCount, table.columnCount], ['docx', 4, 12, 9, 5]);
  const groups = table.cells.filter((c) => c.column === 0 && c.row > 0);
  assert.deepEqual(groups.map((c) => [c.text, c.rowspan, c.line]), [['城镇化质量', 3, 5], ['城镇功能', 3, 8], ['公共服务', 2, 11]]);
  assert.deepEqual(table.cells.find((c) => c.row === 0 && c.column === 4)?.parts, ['指标', '属性']);
});

test('TABs typed in Word paragraphs stay TABs, leading ones included (a table laid out with tab stops)', async (t) => {
  const { Document, Packer, Paragraph, Tab, TextRun } = await import('docx');
  const typed = ['城镇化水平\t1.常住人口城镇化率（%）\t70.44\t>74', '\t2.城乡居民人均可支配收入比\t2.01\t1.98', '  前后空格去掉  '];
  const paragraph = (text: string) =>
    new Paragraph({ children: text.split('\t').flatMap((part, i) => [...(i ? [new TextRun({ children: [new Tab()] })] : []), new TextRun(part)]) });
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-docx-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'tabs.docx');
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: typed.map(paragraph) }] })));
  const source = await readDocument(path);
  assert.deepEqual(source.lines.map((l) => l.text), [typed[0], typed[1], '前后空格去掉']);
});

test('a whole seed plan saved as .docx by LibreOffice reads back line for line, TABs included', { timeout: 180_000 }, async (t) => {
  if (!requireSystem(t, hasLibreOffice(), 'LibreOffice（apt-get install libreoffice-writer-nogui）')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-docx-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const seed = 'examples/plans/001_7c17e6fcf30f2c99.txt'; // its indicator table is TAB-separated
  copyFileSync(seed, join(dir, 'plan.txt'));
  execFileSync(findLibreOffice()!, [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless',
    '--infilter=Text (encoded):UTF8,LF,,', '--convert-to', 'docx', '--outdir', dir, join(dir, 'plan.txt'),
  ], { timeout: 120_000, stdio: 'ignore' });
  const source = await readDocument(join(dir, 'plan.docx'));
  const printed = readFileSync(seed, 'utf8').split('\n').map((l) => l.replace(/^ +| +$/g, '')).filter((l) => l.trim());
  assert.ok(printed.some((l) => l.includes('\t')));
  assert.deepEqual(source.lines.map((l) => l.text), printed);
});
