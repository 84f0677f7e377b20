import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headerPieces, readPiecesHeader } from './table-reading-order-header.ts';
import { readReadingOrder } from './table-reading-order.ts';
import { fillCentredGroups } from './table-reading-order-groups.ts';

const sourceLines = (texts: readonly string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));
const texts = (rows: readonly (readonly { text: string }[])[]) => rows.map((row) => row.map((c) => c.text));

test('header pieces printed apart (2025 … 年, 基期值（2020 … 年）) give the columns in the usual order', () => {
  assert.deepEqual(
    readPiecesHeader(['2025', '基期值（2020', '编号', '指标', '计量单', '属性', '年', '年）', '位']),
    ['序号', '指标名称', '单位', '2020年基数', '2025年目标', '属性'],
  );
  assert.equal(readPiecesHeader(['单位', '2025年', '属性']), undefined, 'no name column: no indicator table');
});

test('rows in reading order: numbers first, then words; a wrapped name prints its head before the row and its tail after', () => {
  const body = readReadingOrder(sourceLines([
    '2020 年基', '编号', '指标', '单位', '2025 年目标', '指标属性', '数',
    '1', '3200', '4500', '地区生产总值', '亿元', '预期性',
    '每千人口拥有执业（助理）', '2', '3.1', '人', '约 3.5', '约束性', '医师数',
    '3', '%', '—', '城镇调查失业率', '控制在 5 以内 预期性',
    '第三章 加快构建现代产业体系',
  ]), 0, new Set())!;
  assert.deepEqual(body.header, ['序号', '指标名称', '单位', '2020年基数', '2025年目标', '属性']);
  assert.deepEqual(texts(body.rows), [
    ['1', '地区生产总值', '亿元', '3200', '4500', '预期性'],
    ['2', '每千人口拥有执业（助理）医师数', '人', '3.1', '约3.5', '约束性'],
    ['3', '城镇调查失业率', '%', '—', '控制在5以内', '预期性'],
  ]);
  assert.equal(body.end, 25, 'the table ends at the next heading');
});

test('a class over two lines pairs its head and tail across the row (预期 … 性)', () => {
  const body = readReadingOrder(sourceLines([
    '2020 年', '2025 年', '序号', '主要指标', '单位', '属性',
    '预期', '1', '357.1', '800', '地区生产总值', '亿元', '性',
    '预期', '2', '7.1', '8', '全员劳动生产率', '万元', '性',
  ]), 0, new Set())!;
  assert.deepEqual(texts(body.rows), [
    ['1', '地区生产总值', '亿元', '357.1', '800', '预期性'],
    ['2', '全员劳动生产率', '万元', '7.1', '8', '预期性'],
  ]);
});

test('a merged 类别 label centred over its rows is given to every row of its group', () => {
  const row = (name: string) => [{ text: '', line: 1 }, { text: name, line: 1 }];
  const rows = ['a', 'b', 'c', 'd', 'e'].map(row);
  const filled = fillCentredGroups(rows, [{ text: '经济发展', at: 0.5 }, { text: '民生福祉', at: 3 }], 0);
  assert.deepEqual(filled.map((r) => r[0].text), ['经济发展', '经济发展', '民生福祉', '民生福祉', '民生福祉']);
});

test('a year printed beside the 年均增长 column head is a column of its own', () => {
  assert.deepEqual(
    readPiecesHeader(['2020', '2025 年均增长[累', '序', '计量单', '主要指标', '属性', '年', '年', '号', '位', '计]'].flatMap(headerPieces)),
    ['序号', '指标名称', '单位', '2020年基数', '2025年目标', '年均增长', '属性'],
  );
});

test('the right-hand columns printed after the next heading and prose (the tail) go back to their rows', () => {
  const body = readReadingOrder(sourceLines([
    '编号', '主要指标', '1', '2', '计量单位', '2020', '年',
    '320', '地区生产总值', '亿元', '21.5', '一般公共预算收入', '亿元',
    '第三章 加快构建现代产业体系', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。',
    '2025 年目标', '值', '450', '28', '属性', '预期性', '预期性',
    '第二章 发展目标',
  ]), 0, new Set())!;
  assert.deepEqual(body.header, ['序号', '指标名称', '单位', '2020年基数', '2025年目标', '属性']);
  assert.deepEqual(texts(body.rows), [
    ['1', '地区生产总值', '亿元', '320', '450', '预期性'],
    ['2', '一般公共预算收入', '亿元', '21.5', '28', '预期性'],
  ]);
  assert.deepEqual(body.issues, []);
});

test('a tail that fits no columns of the rows is reported as table-unread with its lines, never dropped', () => {
  const body = readReadingOrder(sourceLines([
    '序号', '指标名称', '单位', '2025 年', '属性',
    '1', '%', '常住人口城镇化率', '70', '预期性',
    '第三章 加快构建现代产业体系', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。',
    '450', '28', '35',
    '第二章 发展目标',
  ]), 0, new Set())!;
  assert.equal(body.rows.length, 1);
  assert.deepEqual(body.issues.map((i) => [i.code, i.line]), [['table-unread', 13]]);
});

test('rows printed column by column (序号 block, names, then units and values by column) are read row by row', () => {
  const body = readReadingOrder(sourceLines([
    '2025 年目', '序号', '指标名称', '计量单位', '基期值（2020 年）', '标',
    '1', '%', '68.06', '≥73', '常住人口城镇化率', '3', '4', '5', '',
    '农民工随迁子女在公办学校接受义务教', '育比例', '城乡基本养老保险参保缴费率', '每千人拥有 3 岁以下婴幼儿托位数', '',
    '%', '', '95', '', '98', '', '%', '', '85', '1.9', '', '≥92', '4.5', '', '个', '',
    '第三章 加快构建现代产业体系',
  ]), 0, new Set())!;
  assert.deepEqual(texts(body.rows), [
    ['1', '常住人口城镇化率', '%', '68.06', '≥73'],
    ['3', '农民工随迁子女在公办学校接受义务教育比例', '%', '95', '98'],
    ['4', '城乡基本养老保险参保缴费率', '%', '85', '≥92'],
    ['5', '每千人拥有3岁以下婴幼儿托位数', '个', '1.9', '4.5'],
  ]);
});

test('columns printed after the next heading belong to the rows of the last page only, not to rows above the page break', () => {
  const body = readReadingOrder(sourceLines([
    '2025 年目标', '指标', '计量单位', '指标属性', '值', '350', '高速公路里程', '公里', '预期性', '',
    '\f指标', '', '计量单位', '', '城市轨道交通运营里程', '公里', '%', '新能源公交车占比',
    '第三章 加快构建现代产业体系', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。', '',
    '2025 年目标', '值', '>200', '100', '', '指标属性', '预期性', '约束性', '', '第二章 发展目标',
  ]), 0, new Set())!;
  assert.deepEqual(texts(body.rows), [
    ['高速公路里程', '公里', '350', '预期性'],
    ['城市轨道交通运营里程', '公里', '>200', '预期性'],
    ['新能源公交车占比', '%', '100', '约束性'],
  ]);
});

test('a tail headed 实际完成 (a column word, not a cell that says 完成) gives its column back to the rows', () => {
  const body = readReadingOrder(sourceLines([
    '指标名称', '', '计量单位', '', '2015', '年', '2160', '42.1', '', '2020 年规划目标', '',
    '3500', '地区生产总值', '亿元', '%', '47', '服务业增加值比重',
    '第三章 加快构建现代产业体系', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。', '',
    '实际完成', '', '指标属性', '', '3186', '48.5', '', '预期性', '预期性', '', '第四章 其他',
  ]), 0, new Set())!;
  assert.deepEqual(texts(body.rows), [
    ['地区生产总值', '亿元', '2160', '3500', '3186', '预期性'],
    ['服务业增加值比重', '%', '42.1', '47', '48.5', '预期性'],
  ]);
});

test('a column of the last rows printed past the next heading, paragraph and chapter goes back to those rows only', () => {
  const body = readReadingOrder(sourceLines([
    '\f2020 年', '2025 年', '序号', '指标名称', '单位',
    '1', '%', '70.44', '>74', '常住人口城镇化率',
    '2', '2.01', '1.98', '城乡居民人均可支配收入比',
    '城乡基本养老保险参保缴费', '%', '88.55', '率',
    '4', '%', '24.94', '城镇常住人口保障性住房覆盖率',
    '第三章 加快构建现代产业体系', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。', '3', '',
    '第二章 发展目标', '到2025年，主要发展目标如下。', '', '>90', '28', '',
    '\f坚持创新在现代化建设全局中的核心地位，深入实施创新驱动发展战略。',
  ]), 0, new Set())!;
  assert.deepEqual(texts(body.rows), [
    ['1', '常住人口城镇化率', '%', '70.44', '>74'],
    ['2', '城乡居民人均可支配收入比', '', '2.01', '1.98'],
    ['3', '城乡基本养老保险参保缴费率', '%', '88.55', '>90'],
    ['4', '城镇常住人口保障性住房覆盖率', '%', '24.94', '28'],
  ]);
});

test('a merged 类别 label is centred over its rows in printed lines: a wrapped row takes two', () => {
  const row = (name: string) => [{ text: '', line: 1 }, { text: name, line: 1 }];
  const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(row);
  // rows a–c wrap: 城市功能 over a–g (lines 0–10) stands in c's middle, 城市治理 over h–i between them
  const filled = fillCentredGroups(rows, [{ text: '城市功能', at: 2 }, { text: '城市治理', at: 7.5 }], 0, [2, 2, 2, 1, 1, 1, 1, 1, 1]);
  assert.deepEqual(filled.map((r) => r[0].text), [...Array(7).fill('城市功能'), '城市治理', '城市治理']);
});

test('a header of two pieces before the rows is read when its tail prints the other columns with their heads', () => {
  const body = readReadingOrder(sourceLines([
    '', '指标', '', '计量单位', '', '高速公路里程', '公里', '城市轨道交通运营里程', '公里', '%', '新能源公交车占比',
    '第三章 加快构建现代产业体系', '坚持把发展经济的着力点放在实体经济上，推进产业基础高级化。',
    '', '2025 年目标', '值', '350', '>200', '100', '', '指标属性', '预期性', '预期性', '约束性', '', '第二章 发展目标',
  ]), 0, new Set())!;
  assert.deepEqual(body.header, ['指标名称', '单位', '2025年目标', '属性']);
  assert.deepEqual(texts(body.rows), [
    ['高速公路里程', '公里', '350', '预期性'],
    ['城市轨道交通运营里程', '公里', '>200', '预期性'],
    ['新能源公交车占比', '%', '100', '约束性'],
  ]);
  assert.equal(readReadingOrder(sourceLines(['指标', '计量单位', '高速公路里程', '公里', '第三章 加快构建现代产业体系']), 0, new Set()), undefined,
    'two pieces and no tail: too little to be a table');
});
