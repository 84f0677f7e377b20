import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { SourceLine } from '../../src/domain/index.ts';
import { extractTables } from '../../src/parsers/extract-tables.ts';
import { htmlToLines } from '../../src/readers/index.ts';
import { excerptHtml } from '../fixtures/readers/seed-excerpt.ts';

const fixtures = new URL('../fixtures/tables/', import.meta.url);

function linesOf(text: string): SourceLine[] {
  return text.split(/\r?\n/).map((line, i) => ({ line: i + 1, text: line, position: { page: null } }));
}

const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

/** The confidence each table carries is checked on its own; the expectations list what was printed. */
const printedOnly = (tables: ReadonlyArray<{ confidence?: number }>) => tables.map(({ confidence: _c, ...t }) => t);

// Each fixture is a small layout met in published plans; its .json was written from the fixture's text.
for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
  test(`extractTables reads the layout "${file}"`, () => {
    const expected = JSON.parse(read(file.replace(/\.txt$/, '.json')));
    const result = extractTables(linesOf(read(file)));
    assert.deepEqual(printedOnly(result.tables), expected.tables);
    assert.deepEqual(result.indicators, expected.indicators);
    assert.deepEqual(result.issues, []);
  });
}

test('a table of contents entry is not taken as a caption', () => {
  const { tables } = extractTables(linesOf(read('no-baseline-and-toc.txt')));
  assert.deepEqual(tables.map((t) => t.line), [11]);
});

test('a table ends at the first line of prose, which is never read as a row', () => {
  const { indicators } = extractTables(linesOf(read('ends-at-prose-no-tabs.txt')));
  assert.deepEqual(indicators.map((i) => i.name), ['PM2.5年均浓度', '空气质量优良天数比率']);
});

test('a carriage return left at the end of each line changes nothing', () => {
  for (const file of ['one-cell-per-line.txt', 'tab-rows-two-line-header.txt', 'pdf-spilled-cells.txt']) {
    const lf = extractTables(linesOf(read(file)));
    const withCr = read(file).split('\n').map((text, i) => ({ line: i + 1, text: text + '\r', position: { page: null } }));
    assert.deepEqual(extractTables(withCr), lf, file);
  }
});

test('a row with more cells than the header is reported with its line, not thrown', () => {
  const text = '表1 主要指标\n指标\t2020年\t2025年\n1.地区生产总值（亿元）\t100\t150\n2.一般公共预算收入（亿元）\t8\t9\t10\t11\n3.常住人口（万人）\t50\t52\n';
  const { indicators, issues } = extractTables(linesOf(text));
  assert.deepEqual(indicators.map((i) => i.seq), [1, 3]);
  assert.equal(issues.length, 1);
  assert.equal(issues[0].code, 'table-row-unaligned');
  assert.equal(issues[0].line, 4);
  assert.match(issues[0].message, /第 4 行/);
});

test('a caption with no table after it, or at the end of the text, gives nothing', () => {
  for (const text of ['表1 主要指标', '表1 主要指标\n\n', '主要指标完成情况见附件。\n正文继续。', '表2-1 “十四五”主要指标\n本规划的主要指标分为经济发展、民生福祉两类，详见下文。']) {
    assert.deepEqual(extractTables(linesOf(text)), { tables: [], indicators: [], issues: [] });
  }
});

test('messy text never throws', () => {
  const samples = ['', '\u0000\u0001\uFFFD', '\t\t\t\n\t\n', '表1\n\t指标\n\t2025年\n\t', '表1 主要指标\n指标\t2025年\t属性\n\t\t\n\t\t\t\t\t\t\t\n注：', 'x\t'.repeat(5000)];
  for (const text of samples) assert.doesNotThrow(() => extractTables(linesOf(text)));
});

test('a Word/HTML table (groups merged down) and its PDF print (groups centred) give the same rows', () => {
  const html = extractTables(linesOf(htmlToLines(excerptHtml()).join('\n')));
  const pdf = extractTables(linesOf(read('pdf-centered-groups.txt')));
  const withoutLine = ({ line: _line, ...rest }: { line: number }) => rest;
  assert.equal(html.indicators.length, 8);
  assert.deepEqual(html.indicators.map(withoutLine), pdf.indicators.map(withoutLine));
  assert.deepEqual(html.indicators.map((i) => i.category), ['城镇化质量', '城镇化质量', '城镇化质量', '城镇功能', '城镇功能', '城镇功能', '公共服务', '公共服务']);
});

test('表2 of seed 003 printed to PDF (Chromium) and read back gives the rows of the text version', () => {
  const seed = JSON.parse(readFileSync(new URL('../fixtures/seeds/003.indicators.json', import.meta.url), 'utf8'));
  const fromText = seed.indicators.filter((i: { table: string }) => i.table.startsWith('表 2'));
  const fromPdf = extractTables(linesOf(read('pdf-wrapped-centered-groups.txt'))).indicators;
  const withoutLine = ({ line: _line, ...rest }: { line: number }) => rest;
  assert.equal(fromPdf.length, 23);
  assert.deepEqual(fromPdf.map(withoutLine), fromText.map(withoutLine));
});

// pdf-seeds/NNN.txt: the indicator table of seed NNN laid out as an HTML table (groups merged down),
// printed by Chromium and read back by our PDF reader — the rows must be those read from the text.
// pdf-seeds/000-text-printed.txt: seed 000's text printed line by line, so TABs and blank lines are
// lost (one cell per line, empty cells gone); a lone "42" the reader dropped was put back by hand.
for (const file of readdirSync(new URL('pdf-seeds/', fixtures)).sort()) {
  test(`seed ${file.slice(0, 3)} printed to PDF and read back gives the rows of its text`, () => {
    const seed = JSON.parse(readFileSync(new URL(`../fixtures/seeds/${file.slice(0, 3)}.indicators.json`, import.meta.url), 'utf8'));
    const fromPdf = extractTables(linesOf(read(`pdf-seeds/${file}`)));
    const withoutLine = ({ line: _line, ...rest }: { line: number; table: string }) => rest;
    assert.deepEqual(fromPdf.tables.map((t) => [t.caption.replace(/\s+/g, ''), t.kind, t.rows]), seed.tables.map((t: { caption: string; kind: string; rows: number }) => [t.caption.replace(/\s+/g, ''), t.kind, t.rows]));
    const caption = (i: { table: string }) => ({ ...i, table: i.table.replace(/\s+/g, '') });
    assert.deepEqual(fromPdf.indicators.map(withoutLine).map(caption), seed.indicators.map(withoutLine).map(caption));
  });
}

test('a table with a header and no rows is reported at its caption', () => {
  const { tables, issues } = extractTables(linesOf('表1 主要指标\n指标\t2020年\t2025年\n\n第二章 主要任务\n'));
  assert.deepEqual(tables, []);
  assert.deepEqual(issues.map((i) => [i.code, i.line]), [['table-empty', 1]]);
});

test('long runs of spaces inside table rows are read in linear time (every segmenter)', () => {
  const run = ' '.repeat(300_000);
  const text = ['表1 主要指标', `指标${run}2020年${run}2025年`, `1.地区生产总值（亿元）${run}1${run}2`, `| a ${run}|`, `—${run}—`].join('\n');
  const started = Date.now();
  assert.doesNotThrow(() => extractTables(linesOf(text)));
  assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
});

test('a table printed without a caption is read from its 指标 header, with a warning to check it; a 项目名称 grid is not', () => {
  const text = ['第二章 发展目标', '到2025年，全市发展的主要目标是：', '',
    '类别    指标                 单位   2020年   2025年   属性',
    '城镇化  常住人口城镇化率     %      61.5     70       预期性',
    '        户籍人口城镇化率     %      50.1     55       预期性', '', '第三章 重点任务',
    '序号    项目名称             2025年', '1       新建学校             10', '2       新建医院             3'].join('\n');
  const result = extractTables(linesOf(text));
  assert.deepEqual(result.indicators.map((i) => [i.category, i.name, i.unit, i.baseline?.raw, i.target?.raw, i.attribute]), [
    ['城镇化', '常住人口城镇化率', '%', '61.5', '70', 'expected'], ['城镇化', '户籍人口城镇化率', '%', '50.1', '55', 'expected'],
  ]);
  assert.deepEqual(printedOnly(result.tables), [{ caption: '到2025年，全市发展的主要目标是：', kind: 'targets', line: 4, rows: 2 }]);
  assert.deepEqual(result.issues.map((i) => [i.code, i.line]), [['table-no-caption', 4]]);
});
