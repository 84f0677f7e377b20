import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRunning, joinPages, pagesWithLoneCells } from './pdf-document.ts';
import { readPageText, type PageText } from './pdf-lines.ts';
import type { PageTable, PageTableCell } from './pdf-ruled-tables.ts';
import { tableLines } from './pdf-table-lines.ts';

/** A ruled page table from printed rows; `merged` lists [row, column, rowspan] of cells merged down. */
function table(rows: string[][], xs: number[], merged: [number, number, number][] = []): PageTable {
  const covered = new Set(merged.flatMap(([r, c, span]) => Array.from({ length: span - 1 }, (_, k) => `${r + k + 1},${c}`)));
  const cells: PageTableCell[] = rows.flatMap((cells, row) => cells.flatMap((text, column) => {
    if (covered.has(`${row},${column}`)) return [];
    const rowspan = merged.find(([r, c]) => r === row && c === column)?.[2] ?? 1;
    return [{ text, parts: text ? [text] : [], row, column, rowspan, colspan: 1 }];
  }));
  return { origin: 'pdf-ruled', top: 700, bottom: 100, xs, rowCount: rows.length, columnCount: xs.length - 1, cells };
}

const page = (before: string[], t: PageTable, after: string[] = []): PageText => ({
  lines: [...before, ...tableLines(t), ...after], tables: [{ first: before.length, table: t }], carriesOn: false, runsOn: false, pageNumbers: [],
});

const header = ['类别', '指标', '2025年'];
const xs = [50, 120, 300, 400];

test('a ruled table going on at the top of the next page is one table, its repeated header read once', () => {
  const first = table([header, ['公共服务', '养老床位数', '60'], ['', '托位数', '4.5']], xs, [[1, 0, 2]]);
  const second = table([header, ['', '执业医师数', '3.2'], ['生态环境', '森林覆盖率', '24']], xs, [[1, 0, 1]]);
  const { lines, tables } = joinPages([
    { page: 1, text: page(['表1 主要指标'], first) },
    { page: 2, text: page([], second, ['第二章 保障措施']) },
  ]);
  assert.deepEqual(lines.map((l) => [l.text, l.page]), [
    ['表1 主要指标', 1], ['类别\t指标\t2025年', 1], ['公共服务\t养老床位数\t60', 1], ['\t托位数\t4.5', 1],
    ['\t执业医师数\t3.2', 2], ['生态环境\t森林覆盖率\t24', 2], ['第二章 保障措施', 2],
  ]);
  assert.equal(tables.length, 1);
  const [joined] = tables;
  assert.deepEqual([joined.firstLine, joined.lastLine, joined.rowCount], [2, 6, 5]);
  // the group cut by the page break, left empty on the new page, is one cell over its three rows
  const group = joined.cells.find((c) => c.text === '公共服务')!;
  assert.deepEqual([group.row, group.rowspan, group.line], [1, 3, 3]);
  assert.deepEqual(joined.cells.find((c) => c.text === '森林覆盖率')!.line, 6);
});

test('a row the page turn broke (its wrapped ends at the top of the new page) is one row again', () => {
  const wide = ['序号', '指标', '2020年', '2025年', '属性'];
  const at = [50, 80, 200, 260, 320, 380];
  const first = table([wide, ['1', '地区生产总值', '100', '150', '预期性'], ['2', '单位地区生产总值能源消耗', '〔20.4〕', '〔14〕', '约束']], at);
  const second = table([wide, ['', '降低', '', '', '性'], ['3', '粮食产量', '800', '800', '约束性']], at);
  const { lines, tables } = joinPages([{ page: 1, text: page([], first) }, { page: 2, text: page([], second) }]);
  assert.deepEqual(lines.map((l) => l.text), [
    wide.join('\t'), '1\t地区生产总值\t100\t150\t预期性', '2\t单位地区生产总值能源消耗降低\t〔20.4〕\t〔14〕\t约束性',
    '3\t粮食产量\t800\t800\t约束性',
  ]);
  assert.equal(tables[0].rowCount, 4);
  assert.deepEqual(tables[0].cells.find((c) => c.row === 2 && c.column === 1)!.parts, ['单位地区生产总值能源消耗', '降低']);
  // a next row with its 序号 and name is a row of its own, also when it prints few cells
  const sparse = table([wide, ['3', '粮食产量', '', '', '']], at);
  assert.equal(joinPages([{ page: 1, text: page([], first) }, { page: 2, text: page([], sparse) }]).tables[0].rowCount, 4);
});

test('a code cut where it wrapped (B- / 01) continues across the page turn; a whole code above starts no such join', () => {
  const wide = ['编号', '指标', '2035年', '属性'];
  const at = [50, 80, 200, 260, 320];
  const cut = table([wide, ['A-01', '耕地保有量', '≥101.8', '约束性'], ['B-', '常住人口规模', '65左右', '预期']], at);
  const rest = table([['01', '', '', '性'], ['B-02', '常住人口城镇化率', '70', '预期性']], at);
  const { lines } = joinPages([{ page: 1, text: page([], cut) }, { page: 2, text: page([], rest) }]);
  assert.deepEqual(lines.map((l) => l.text).slice(2), ['B-01\t常住人口规模\t65左右\t预期性', 'B-02\t常住人口城镇化率\t70\t预期性']);
  const whole = table([wide, ['A-01', '耕地保有量', '≥101.8', '约束性']], at);
  const next = table([['A-02', '', '', '性'], ['B-02', '常住人口城镇化率', '70', '预期性']], at);
  assert.equal(joinPages([{ page: 1, text: page([], whole) }, { page: 2, text: page([], next) }]).tables[0].rowCount, 4);
});

test('a table on the next page under other columns, or after text, stays a table of its own', () => {
  const first = table([header, ['公共服务', '养老床位数', '60']], xs);
  const other = table([['序号', '指标'], ['1', '森林覆盖率']], [50, 90, 400]);
  const moved = joinPages([{ page: 1, text: page([], first) }, { page: 2, text: page([], other) }]);
  assert.deepEqual(moved.tables.map((t) => [t.firstLine, t.lastLine]), [[1, 2], [3, 4]]);
  const same = table([header, ['', '执业医师数', '3.2']], xs);
  const afterNote = joinPages([{ page: 1, text: page([], first, ['注：数据为初步统计。']) }, { page: 2, text: page([], same) }]);
  assert.deepEqual(afterNote.tables.map((t) => [t.firstLine, t.lastLine]), [[1, 2], [4, 5]]);
});

const line = (text: string, y: number, x = 20) => ({ text, x, y, width: text.length * 10, size: 10 });

test('a line at the top or bottom of many pages (page numbers aside) is a running header or footer, left out after page 1', () => {
  const pages = [1, 2, 3].map((n) => [line('某市“十四五”规划纲要', 800, 200), line(`第${n}页正文`, 700), line(`— ${n} —`, 40, 200), line('页脚说明', 30)]);
  const texts = pages.map((items) => readPageText(items));
  const running = findRunning(texts);
  assert.deepEqual([...running.headers], ['某市“十四五”规划纲要']);
  assert.deepEqual([...running.footers], ['页脚说明']);
  assert.deepEqual(readPageText(pages[1], [], running).lines, ['第2页正文']);
});
