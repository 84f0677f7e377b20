import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnOfBlock, fillBlocks, takeHeadedBlocks } from './table-reading-order-blocks.ts';
import { readReadingOrder } from './table-reading-order.ts';

/** Lines as pdftotext prints them; '' is a blank line (a new block). */
const sourceLines = (texts: readonly string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));
const indexed = (texts: readonly string[]) => sourceLines(texts).map((l, index) => ({ ...l, index })).filter((l) => l.text);
const texts = (rows: readonly (readonly { text: string }[])[]) => rows.map((row) => row.map((c) => c.text));

test('a header cell and the column cells printed under it, with no blank line between, are a headed block', () => {
  const lines = indexed(['指标名称', '', '2020', '年', '1000', '80', '—', '', '指标属性', '预期性', '约束性', '', '地区生产总值']);
  const taken = takeHeadedBlocks(lines, lines.length)!;
  assert.deepEqual(taken.blocks.map((b) => [b.pieces, b.cells.map((c) => c.text)]), [
    [['2020', '年'], ['1000', '80', '—']],
    [['指标属性'], ['预期性', '约束性']],
  ]);
  assert.deepEqual(taken.lines.map((l) => l.text), ['指标名称', '2020', '年', '指标属性', '地区生产总值'], 'header pieces stay');
});

test("no headed block: a lone cell under a header, two column words, or a row's cells of several kinds", () => {
  for (const run of [['属性', '预期性'], ['2025', '编号', '1', '2'], ['2025年目标', '1000', '亿元', '预期性']]) {
    assert.equal(takeHeadedBlocks(indexed(run), run.length), undefined, run.join(' | '));
  }
});

test("a block goes to the column its header cell names (a bare year to that year's column), filling the rows left empty there", () => {
  const header = ['指标名称', '单位', '2020年基数', '2025年目标', '属性'];
  const roles = ['name', 'unit', 'baseline', 'target', 'attribute'] as const;
  const taken = takeHeadedBlocks(indexed(['2025', '年', '1400', '3.0', '', '属性', '预期性', '约束性']), 8)!;
  assert.deepEqual(taken.blocks.map((b) => columnOfBlock(b, header, roles)), [3, 4]);
  const cell = (text: string) => ({ text, line: 1 });
  const rows = [[cell('地区生产总值'), cell('亿元'), cell('1000'), cell(''), cell('')], [cell('研发投入强度'), cell('%'), cell('2.6'), cell(''), cell('')]];
  assert.deepEqual(texts(fillBlocks(rows, roles, header, taken.blocks)!.rows), [
    ['地区生产总值', '亿元', '1000', '1400', '预期性'], ['研发投入强度', '%', '2.6', '3.0', '约束性'],
  ]);
  assert.equal(fillBlocks(rows.slice(0, 1), roles, header, taken.blocks), undefined, 'more cells than empty places');
});

test('columns printed as headed blocks before the rows and after the next heading go back to their rows', () => {
  const body = readReadingOrder(sourceLines([
    '指标名称', '', '单位', '', '2020', '年', '1000', '80', '2.6', '', '2025', '年', '1400', '—', '3.0', '',
    '地区生产总值', '亿元', '一般公共预算收入', '亿元', '%', '研发经费投入强度',
    '第三章 加快构建现代产业体系', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。', '',
    '年均增速', '7 左右', '5', '—', '', '第四章 其他',
  ]), 0, new Set())!;
  assert.deepEqual(body.header, ['指标名称', '单位', '2020年基数', '2025年目标', '年均增长']);
  assert.deepEqual(texts(body.rows), [
    ['地区生产总值', '亿元', '1000', '1400', '7左右'],
    ['一般公共预算收入', '亿元', '80', '—', '5'],
    ['研发经费投入强度', '%', '2.6', '3.0', '—'],
  ]);
});
