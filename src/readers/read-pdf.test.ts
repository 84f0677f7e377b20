import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../domain/index.ts';
import { readDocument } from './index.ts';
import { hasChromium, requireSystem } from '../../test/support/system.ts';
import { printPdf } from '../../test/fixtures/readers/print-pdf.ts';
import { buildBlankPdf, buildBrokenPagePdf, buildRotatedTablePdf } from '../../test/fixtures/readers/build-pdf.ts';
import { caption, excerptHtml, expectedTabLines, groups, prose } from '../../test/fixtures/readers/seed-excerpt.ts';

const fixtures = 'test/fixtures/readers';
const collapsed = (text: string) => text.replace(/\s+/g, ' ');

/** What the Chromium print of the excerpt must read as: prose, caption, each row's cells in column order. */
async function assertExcerpt(path: string) {
  const source = await readDocument(path);
  assert.equal(source.format, 'pdf');
  assert.deepEqual(source.warnings, []);
  assert.ok(source.lines.every((l) => l.position.page === 1));
  const texts = source.lines.map((l) => l.text);
  assert.ok(texts.includes(prose));
  assert.ok(texts.includes(collapsed(caption)));
  const rows = groups.flatMap((g) => g.rows);
  const found = rows.map((row) => texts.findIndex((t) => t.split('\t').slice(1).join('\t') === [row.name, row.baseline, row.target, row.attribute].join('\t')));
  assert.ok(found.every((i) => i > 0), `every row found as TAB cells: ${JSON.stringify(found)}`);
  assert.deepEqual([...found].sort((a, b) => a - b), found, 'rows in document order');
  // the merged category cell is printed once, in the first column: on one of its group's rows or alone
  for (const group of groups) {
    const categories = group.rows.map((_, k) => texts[found[rows.indexOf(group.rows[k])]].split('\t')[0]).filter(Boolean);
    const alone = texts.includes(`${group.category}\t\t\t\t`);
    assert.ok(categories.length + (alone ? 1 : 0) === 1 && (alone || categories[0] === group.category), group.category);
  }
}

test('a committed PDF printed by Chromium from the seed excerpt reads its table rows as TAB cells', async () => {
  await assertExcerpt(join(fixtures, 'seed-excerpt.pdf'));
});

test('a PDF printed now by Chromium reads the same', async (t) => {
  if (!requireSystem(t, hasChromium(), 'Chromium（apt-get install chromium）')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-pdf-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'excerpt.pdf');
  printPdf(excerptHtml(), path);
  await assertExcerpt(path);
});

test('a PDF without a text layer is refused with advice to OCR it', async () => {
  await assert.rejects(readDocument(join(fixtures, 'scan-like.pdf')), (error: AppError) => {
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'invalid-input');
    assert.equal(error.message, '文件 scan-like.pdf 没有文字层（可能是扫描件），请先做文字识别（OCR）或提供 Word/文本版本');
    return true;
  });
});

test('a PDF with pages without text is read, with warnings naming the scanned pages and the blank ones apart', async () => {
  // page 2 paints a picture (a scan); page 3 only a coloured box: neither text nor picture, so blank
  const source = await readDocument(join(fixtures, 'half-scanned.pdf'));
  assert.deepEqual(source.lines.map((l) => [l.line, l.text, l.position.page]), [[1, '第一页有文字。', 1]]);
  assert.deepEqual(source.warnings, [
    '文件 half-scanned.pdf 第 2 页没有文字层，只有图片（可能是扫描页），这些页的内容未读取',
    '文件 half-scanned.pdf 第 3 页是空白页（没有文字也没有图片），已跳过',
  ]);
});

test('a PDF whose pages hold neither text nor pictures is refused as blank, not as a scan to OCR', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-pdf-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, '空白.pdf');
  writeFileSync(path, buildBlankPdf());
  await assert.rejects(readDocument(path), (error: AppError) => {
    assert.equal(error.message, '文件 空白.pdf 各页都是空白页（没有文字也没有图片），请检查导出的 PDF 是否完整');
    return true;
  });
});

test('a truncated or fake PDF is refused as not a valid PDF', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-pdf-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const truncated = join(dir, '截断.pdf');
  writeFileSync(truncated, readFileSync(join(fixtures, 'seed-excerpt.pdf')).subarray(0, 2000));
  const fake = join(dir, 'fake.pdf');
  writeFileSync(fake, '这不是 PDF，只是改了扩展名的文字。');
  for (const [path, name] of [[truncated, '截断.pdf'], [fake, 'fake.pdf']]) {
    await assert.rejects(readDocument(path), (error: AppError) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.message, `文件 ${name} 不是有效的 PDF（文件可能已损坏或不完整），请重新导出或下载`);
      return true;
    });
  }
});

test('a whole seed plan printed to PDF reads back with the same characters in order (white space aside)', { timeout: 180_000 }, async (t) => {
  if (!requireSystem(t, hasChromium(), 'Chromium（apt-get install chromium）')) return;
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-pdf-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const text = readFileSync('examples/plans/001_7c17e6fcf30f2c99.txt', 'utf8');
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><meta charset="utf-8"><body style="font-family:'Noto Sans CJK SC';font-size:11pt">${text.split('\n').map((l) => `<p>${escape(l)}</p>`).join('')}</body>`;
  const path = join(dir, 'plan.pdf');
  printPdf(html, path);
  const source = await readDocument(path);
  const pages = new Set(source.lines.map((l) => l.position.page));
  assert.ok(pages.size > 10, `${pages.size} pages`);
  assert.equal(source.lines.map((l) => l.text).join('').replace(/\s/g, ''), text.replace(/\s/g, ''));
});

test('a page turned with /Rotate 90 (a landscape table) is read upright, row by row', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-pdf-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'landscape.pdf');
  const rows = [['Indicator', '2020', '2025', 'Type'], ['Urban rate', '61.52', '70', 'expected'], ['Green travel', '', '>=70', 'binding']];
  writeFileSync(path, buildRotatedTablePdf(rows));
  const source = await readDocument(path);
  assert.deepEqual(source.lines.map((l) => l.text), rows.map((cells) => cells.join('\t')));
});

test('in a PDF exported by LibreOffice from Word, the bordered table is read from its rulings: one line per row', async () => {
  // made with: soffice --headless --convert-to pdf on the docx of test/fixtures/readers/build-docx.ts
  const source = await readDocument(join(fixtures, 'seed-excerpt-libreoffice.pdf'));
  const texts = source.lines.map((l) => l.text);
  // LibreOffice sets a gap between 2020 and 年 (autospace), no space; 指标/属性 are printed lines
  const at = texts.indexOf('类别\t指标\t2020年\t2025年\t指标属性');
  assert.ok(at > 0, texts.join('\n'));
  assert.deepEqual(texts.slice(at + 1), [...expectedTabLines().slice(1), '注：带*的为2019年数据。']);
  const [table] = source.tables ?? [];
  assert.deepEqual([table.origin, table.firstLine, table.lastLine, table.rowCount, table.columnCount], ['pdf-ruled', at + 1, at + 9, 9, 5]);
  const merged = table.cells.filter((c) => c.rowspan > 1).map((c) => [c.text, c.row, c.rowspan, c.line]);
  assert.deepEqual(merged, [['城镇化质量', 1, 3, at + 2], ['城镇功能', 4, 3, at + 5], ['公共服务', 7, 2, at + 8]]);
  const name = table.cells.find((c) => c.row === 1 && c.column === 1)!;
  assert.deepEqual(name.parts, ['1．常住人口城镇', '化率（%）']);
});

test('a damaged page loses only its own text, with a warning naming it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-pdf-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, '坏页.pdf');
  writeFileSync(path, buildBrokenPagePdf());
  const source = await readDocument(path);
  assert.deepEqual(source.lines.map((l) => l.text), ['Page one text']);
  assert.deepEqual(source.warnings, ['文件 坏页.pdf 第 2 页已损坏，无法读取，这些页的内容未读取']);
});
