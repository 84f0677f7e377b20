import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findGrids } from './pdf-grid.ts';
import { readRuledTables } from './pdf-ruled-tables.ts';
import { cellText } from './pdf-cell-text.ts';
import type { Segment } from './pdf-rulings.ts';
import type { PlacedText } from './pdf-lines.ts';

const h = (at: number, from: number, to: number): Segment => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ horizontal: false, at, from, to });
const spans = (cells: readonly { row: number; column: number; rowspan: number; colspan: number }[]) =>
  cells.map((c) => `${c.row},${c.column} ${c.rowspan}x${c.colspan}`);

test('full rulings make a grid of elementary cells, drawn lines a little apart counted once', () => {
  const segments = [h(100, 0, 200), h(80.6, 0, 200), h(60, 0, 200), v(0, 60, 100), v(100.8, 60, 100), v(200, 60, 100)];
  const [grid] = findGrids(segments);
  assert.equal(grid.xs.length, 3);
  assert.deepEqual(grid.ys, [100, 80.6, 60]);
  assert.deepEqual(spans(grid.cells), ['0,0 1x1', '0,1 1x1', '1,0 1x1', '1,1 1x1']);
});

test('a missing ruling merges cells: a group label down rows, a heading across columns', () => {
  // the line under row 1 stops at x=50 (column 0 merged over rows 1–2); row 0 has no line at x=100
  const segments = [
    h(100, 0, 150), h(80, 0, 150), h(60, 50, 150), h(40, 0, 150),
    v(0, 40, 100), v(50, 40, 100), v(100, 40, 80), v(150, 40, 100),
  ];
  const [grid] = findGrids(segments);
  assert.deepEqual(spans(grid.cells), ['0,0 1x1', '0,1 1x2', '1,0 2x1', '1,1 1x1', '1,2 1x1', '2,1 1x1', '2,2 1x1']);
});

test('a table drawn per cell (Chromium: one short line per cell side) is one grid', () => {
  const segments = [h(100, 0, 50), h(100, 50, 100), h(80, 0, 50), h(80, 50, 100), v(0, 80, 100), v(50, 80, 100), v(100, 80, 100),
    h(60, 0, 50), h(60, 50, 100), v(0, 60, 80), v(50, 60, 80), v(100, 60, 80)];
  const grids = findGrids(segments);
  assert.equal(grids.length, 1);
  assert.equal(grids[0].cells.length, 4);
});

test('a box drawn against the table\'s bottom border (a paragraph\'s border) is no row of the table', () => {
  const table = [h(100, 0, 150), h(80, 0, 150), h(60, 0, 150), h(40, 0, 150), ...[0, 50, 100, 150].map((x) => v(x, 40, 100))];
  const [grid] = findGrids([...table, h(20, 0, 120), v(0, 20, 40), v(120, 20, 40)]);
  assert.deepEqual(grid.xs, [0, 50, 100, 150]);
  assert.deepEqual(grid.ys, [100, 80, 60, 40]);
});

test('cells boxed apart (HTML border="1" printed by Chromium: each cell its own box, 2.25 pt apart) make one grid', () => {
  const box = (top: number, left: number) => [h(top, left, left + 47.75), h(top - 17.75, left, left + 47.75),
    v(left, top - 17.75, top), v(left + 47.75, top - 17.75, top)];
  const [grid] = findGrids([h(102.25, -2.25, 102.25), h(37.75, -2.25, 102.25), v(-2.25, 37.75, 102.25), v(102.25, 37.75, 102.25),
    ...box(100, 0), ...box(100, 50), ...box(80, 0), ...box(80, 50), ...box(60, 0), ...box(60, 50)]);
  assert.equal(grid.xs.length, 3);
  assert.equal(grid.ys.length, 4);
  assert.equal(grid.cells.length, 6);
});

test('a group cell ending a little above its last row (Chromium, at a page turn) leaves no thin row', () => {
  // column 0 is a group label over both rows; its box ends at 44.5, the rows' borders at 40
  const segments = [h(100, 0, 150), h(70, 50, 150), h(44.5, 0, 50), h(40, 50, 150), v(0, 44.5, 100), v(50, 40, 100),
    v(100, 40, 100), v(150, 40, 100)];
  const [grid] = findGrids(segments);
  assert.deepEqual(grid.ys, [100, 70, 40]);
  assert.deepEqual(spans(grid.cells), ['0,0 2x1', '0,1 1x1', '0,2 1x1', '1,1 1x1', '1,2 1x1']);
});

test('cells joined into an L (a group cell drawn short at a page turn, a column line undrawn) are joined down their columns only', () => {
  // column 0's box ends at 70, inside the last row (100–40); the line at x=50 is drawn only above 70
  const segments = [h(100, 0, 150), h(70, 0, 50), h(40, 0, 150), v(0, 70, 100), v(50, 70, 100), v(100, 40, 100), v(150, 40, 100)];
  const [grid] = findGrids(segments);
  assert.deepEqual(grid.ys, [100, 70, 40]);
  // the number in column 1 stays in column 1 (not in an L-shaped cell starting at column 0)
  assert.deepEqual(spans(grid.cells), ['0,0 1x1', '0,1 2x1', '0,2 2x1', '1,0 1x1']);
});

test('one ruled row of three cells is a grid (a table\'s last row turned onto a page of its own); of two it is a box', () => {
  assert.equal(findGrids([h(100, 0, 150), h(80, 0, 150), ...[0, 50, 100, 150].map((x) => v(x, 80, 100))]).length, 1);
  assert.equal(findGrids([h(100, 0, 100), h(80, 0, 100), ...[0, 50, 100].map((x) => v(x, 80, 100))]).length, 0);
});

test('open sides (no outer verticals) still bound the table; lone lines and boxes are no grid', () => {
  const open = findGrids([h(100, 0, 150), h(80, 0, 150), h(60, 0, 150), v(50, 60, 100), v(100, 60, 100)]);
  assert.deepEqual(open[0].xs, [0, 50, 100, 150]);
  assert.deepEqual(findGrids([h(100, 0, 300)]), []); // an underline or a separator
  assert.deepEqual(findGrids([h(100, 0, 300), h(20, 0, 300), v(0, 20, 100), v(300, 20, 100)]), []); // a 专栏 frame
});

const run = (text: string, x: number, y: number, size = 10): PlacedText => ({ text, x, y, width: [...text].length * size, size });

test('text runs go to the cell their middle falls in; a cell wrapped over lines is one text with its parts', () => {
  const segments = [h(100, 0, 200), h(70, 0, 200), h(40, 0, 200), v(0, 40, 100), v(100, 40, 100), v(200, 40, 100)];
  const items = [
    run('指标', 5, 88), run('2025年', 105, 88),
    run('地区生产', 5, 60), run('总值（亿元）', 5, 47), run('6', 105, 55),
    run('正文在表格之外', 5, 20),
  ];
  const { tables, rest } = readRuledTables(items, segments);
  assert.deepEqual(rest.map((r) => r.text), ['正文在表格之外']);
  const [table] = tables;
  assert.deepEqual([table.origin, table.rowCount, table.columnCount], ['pdf-ruled', 2, 2]);
  assert.deepEqual(table.cells.map((c) => c.text), ['指标', '2025年', '地区生产总值（亿元）', '6']);
  assert.deepEqual(table.cells[2].parts, ['地区生产', '总值（亿元）']);
});

test('a run drawn across a column boundary is cut there', () => {
  const segments = [h(100, 0, 200), h(70, 0, 200), h(40, 0, 200), v(0, 40, 100), v(100, 40, 100), v(200, 40, 100)];
  const items = [{ ...run('指标名称甲乙丙', 30, 88), width: 80 }, run('值', 5, 55), run('1', 105, 55)];
  const [table] = readRuledTables(items, segments).tables;
  assert.deepEqual(table.cells.map((c) => c.text), ['指标名称甲乙', '丙', '值', '1']);
});

test('a cell\'s printed lines join as wrapped text: Chinese runs on, numbers stay whole, items of a composite cell apart', () => {
  assert.equal(cellText([run('地区生产', 0, 20), run('总值', 0, 8)]).text, '地区生产总值');
  assert.equal(cellText([run('万元/', 0, 20), run('人', 0, 8)]).text, '万元/人');
  assert.equal(cellText([run('12345', 0, 20), run('6.7', 0, 8)]).text, '123456.7');
  assert.equal(cellText([run('重点城市≥30', 0, 20), run('一般城市≥15', 0, 8)]).text, '重点城市≥30 一般城市≥15');
  assert.equal(cellText([run('Green', 0, 20), run('travel', 0, 8)]).text, 'Green travel');
  assert.deepEqual(cellText([]), { text: '', parts: [] });
});

test('on one printed line, the gap LibreOffice sets where Chinese meets a digit or Latin letter is no space; a printed space is', () => {
  // runs of 10 pt: 每千人口拥有 | 3 | 岁 with 0.2 em autospace; 产值 | 100 | 亿元 with a quarter em printed space
  const line = (texts: [string, number, number][]) => cellText(texts.map(([text, x, width]) => ({ ...run(text, x, 20), width }))).text;
  assert.equal(line([['每千人口拥有', 0, 60], ['3', 62, 6.4], ['岁', 70.4, 10]]), '每千人口拥有3岁');
  assert.equal(line([['高于', 0, 20], ['GDP', 22, 22.7], ['增长', 46.7, 20]]), '高于GDP增长');
  assert.equal(line([['产值', 0, 20], ['100', 22.5, 19], ['亿元', 44.75, 20]]), '产值 100 亿元');
  assert.equal(line([['Green', 0, 25], ['travel', 27, 30]]), 'Green travel');
});

test('a note number raised after a name is no part of the cell; a raised ※ stays on its line', () => {
  const at = (text: string, x: number, y: number, size: number) => ({ text, x, y, width: text.length * size, size });
  const name = cellText([at('比例', 0, 20, 10.5), at('（%）', 0, 5, 10.5), at('1', 31.5, 8.5, 6.1)]);
  assert.equal(name.text, '比例（%）');
  assert.equal(cellText([at('比重（%）', 0, 5, 10.5), at('※', 42, 8.5, 6.1)]).text, '比重（%）※');
  assert.equal(cellText([at('10', 0, 5, 10.5), at('4', 21, 8.5, 6.1)]).text, '104');
  // a browser's <sup> at the text's own size, 0.45 em higher (Chromium's print of a page)
  assert.equal(cellText([at('研发经费投入增长', 0, 5, 10.5), at('1', 84, 9.75, 10.5)]).text, '研发经费投入增长');
  assert.equal(cellText([at('地区生产', 0, 20, 10.5), at('总值', 0, 5, 10.5)]).text, '地区生产总值');
});

test('a footnote number raised after a value is no part of it; a circled mark after a value stays', () => {
  const at = (text: string, x: number, y: number, size: number) => ({ text, x, y, width: text.length * size, size });
  assert.equal(cellText([at('1236.8', 0, 5, 10.5), at('1', 63, 8.5, 6.1)]).text, '1236.8');
  assert.equal(cellText([at('60.6', 0, 5, 10.5), at('①', 42, 8.5, 6.1)]).text, '60.6①');
});

test('text struck through in a cell (a tracked change printed with its markup) is deleted text: left out', () => {
  const segments = [h(100, 0, 200), h(70, 0, 200), h(40, 0, 200), v(0, 40, 100), v(100, 40, 100), v(200, 40, 100)];
  const items = [run('比率', 10, 80), run('目标', 110, 80), run('优良天数', 10, 50), run('8990', 110, 50)];
  const strike = h(54, 110, 130); // across 89, a third of a glyph above the baseline
  const underline = h(48, 130, 150); // under 90: stays
  const [table] = readRuledTables(items, [...segments, strike, underline]).tables;
  assert.deepEqual(table.cells.map((c) => c.text), ['比率', '目标', '优良天数', '90']);
});
