import assert from 'node:assert/strict';
import { test } from 'node:test';
import { centredAnchors, mergeCentredBands } from './table-centred-bands.ts';

const anchorsOf = (cells: string[][], seqAt: number) => cells.map((c) => c[seqAt] !== '');

test('pieces centred around the values line join the row they belong to, column by column', () => {
  const cells = [
    ['', '1', '常住人口城镇化率', '%', '预期性'],
    ['', '', '居民人均可支配收入年均增', '', '预期'],
    ['', '2', '', '%', ''],
    ['', '', '长', '', '性'],
    ['', '', '每千人口拥有 3 岁', '', ''],
    ['', '3', '以下婴幼儿托', '个', '预期性'],
    ['', '', '位数', '', ''],
  ];
  mergeCentredBands(cells, anchorsOf(cells, 1));
  assert.deepEqual(cells[2], ['', '2', '居民人均可支配收入年均增长', '%', '预期性']);
  assert.deepEqual(cells[5], ['', '3', '每千人口拥有 3 岁以下婴幼儿托位数', '个', '预期性']);
  assert.deepEqual(cells[1], ['', '', '', '', '']);
});

test('names wrapped after their values (the anchor keeps text) are left as printed', () => {
  const cells = [
    ['1', '研发经费支出占地区生产总', '%', '2.5'],
    ['', '值比重', '', ''],
    ['2', '人均预期寿命', '岁', '78.5'],
  ];
  const before = cells.map((c) => [...c]);
  mergeCentredBands(cells, anchorsOf(cells, 0));
  assert.deepEqual(cells, before);
});

test('a number in the upper or lower half of a row\'s two-line cells does not make that line a row', () => {
  const cells = [
    ['', '4', '社会消费品零售总额', '亿元', '180', '250', '预期性'],
    ['', '', '城镇常住居民人均可支配收', '', '', '6300', '预期'],
    ['', '5', '', '元', '45000', '', ''],
    ['', '', '入', '', '', '0', '性'],
    ['', '6', '城镇调查失业率', '%', '—', '<5', '预期性'],
  ];
  const anchors = centredAnchors(cells, [true, true, true, true, true]);
  assert.deepEqual(anchors, [true, false, true, false, true]);
  mergeCentredBands(cells, anchors);
  assert.deepEqual(cells[2], ['', '5', '城镇常住居民人均可支配收入', '元', '45000', '63000', '预期性']);
});

test('rows of one line each stay rows', () => {
  const cells = [['1', '甲', '%', '5'], ['2', '乙', '%', '6'], ['3', '丙', '%', '7']];
  assert.deepEqual(centredAnchors(cells, [true, true, true]), [true, true, true]);
});

test('a two-line cell that pdftotext sets with its values line (预期 on it, 性 below) joins that row', () => {
  const cells = [
    ['', '', '', '预期'],
    ['1', '地区生产总值', '653', ''],
    ['', '', '', '性'],
    ['', '', '', '预期'],
    ['2', '全员劳动生产率', '14.6', ''],
    ['', '', '', '性'],
    ['3', '每千人执业医师数', '4.79', '预期'],
    ['', '', '', '性'],
  ];
  mergeCentredBands(cells, anchorsOf(cells, 0));
  assert.deepEqual([cells[1][3], cells[4][3], cells[6][3]], ['预期性', '预期性', '预期性']);
  assert.deepEqual(cells[7], ['', '', '', '']);
});

test('a bracket wrapped above or below a filled value opens or closes that value, not the row beside it', () => {
  const cells = [
    ['9', '人均预期寿命', '80.1', '80.8'],
    ['', '', '', '〔'],
    ['10', '单位地区生产总值能源消耗降低', '—', '13.5'],
    ['', '', '〔', '〕'],
    ['11', '森林覆盖率', '', '24'],
    ['', '', '18.2〕', ''],
  ];
  mergeCentredBands(cells, anchorsOf(cells, 0));
  assert.deepEqual(cells[0], ['9', '人均预期寿命', '80.1', '80.8']);
  assert.deepEqual(cells[2], ['10', '单位地区生产总值能源消耗降低', '—', '〔13.5〕']);
  // beside an empty cell the bracket is a piece of the centred cell: left to the centring
  assert.deepEqual(cells[4], ['11', '森林覆盖率', '〔18.2〕', '24']);
});
