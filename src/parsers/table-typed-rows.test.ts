import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinValuePieces } from './table-cell-types.ts';
import { readHeader } from './table-header.ts';
import { joinHeaderPieces } from './table-header-pieces.ts';
import { fitRows } from './table-typed-rows.ts';

const rolesOf = (header: string) => readHeader(header.split(' '))!.roles;
const cells = (texts: readonly string[]) => texts.map((text) => ({ text, line: 1 }));
const fitLine = (header: string, line: string) =>
  fitRows(cells(joinValuePieces(line.split(' '))), rolesOf(header), false)?.map((row) => row.map((c) => c.text));

const HEADER = '分类 编号 指标 计量单位 基期值（2020年） 2025年 属性';

test('single-space rows: empty cells put back where the types say', () => {
  const cases: Array<[line: string, row: string[]]> = [
    ['城镇化质量 1 常住人口城镇化率 % 61.52 70 预期性', ['城镇化质量', '1', '常住人口城镇化率', '%', '61.52', '70', '预期性']],
    ['6 中心城区绿色出行比例 % ≥70 预期性', ['', '6', '中心城区绿色出行比例', '%', '', '≥70', '预期性']],
    ['18 法治建设满意度 90 90 预期性', ['', '18', '法治建设满意度', '', '90', '90', '预期性']],
    ['16 产值 100 亿元以上企业数 家 3 5 预期性', ['', '16', '产值 100 亿元以上企业数', '家', '3', '5', '预期性']],
    ['19 公众安全感 % 98 95 以上 预期性', ['', '19', '公众安全感', '%', '98', '95以上', '预期性']],
    ['1 PM2.5年均浓度 微克/立方米 35 ≤30 约束性', ['', '1', 'PM2.5年均浓度', '微克/立方米', '35', '≤30', '约束性']],
    ['7 国家级生态县 — 建成 预期性', ['', '7', '国家级生态县', '', '—', '建成', '预期性']],
  ];
  for (const [line, row] of cases) assert.deepEqual(fitLine(HEADER, line), [row], line);
});

test('one cell per line: rows cut by type, a group label over two lines joined', () => {
  const stream = '城镇 功能 4．研发经费支出占地区生产总值比重 % 2.13 2.5 预期性 5．高新技术产业产值比重 % 40.5 45 预期性';
  const rows = fitRows(cells(stream.split(' ')), rolesOf('类别 指标 单位 2020年 2025年 属性'), true, '');
  assert.deepEqual(rows?.map((r) => r.map((c) => c.text)), [
    ['城镇功能', '4．研发经费支出占地区生产总值比重', '%', '2.13', '2.5', '预期性'],
    ['', '5．高新技术产业产值比重', '%', '40.5', '45', '预期性'],
  ]);
});

test('a row that no column order explains is not fitted', () => {
  assert.equal(fitLine(HEADER, '预期性 约束性'), undefined);
});

test('a header over two lines: the lower pieces join the columns they complete', () => {
  assert.deepEqual(joinHeaderPieces('分类 编号 指标 计量 基期值 202 属性'.split(' '), ['单位', '（2020年）', '5年']),
    ['分类', '编号', '指标', '计量单位', '基期值（2020年）', '2025年', '属性']);
  assert.deepEqual(joinHeaderPieces('领域 序号 指标 计量 规划 2020年 属性'.split(' '), ['单位', '目标', '实际完成']),
    ['领域', '序号', '指标', '计量单位', '规划目标', '2020年实际完成', '属性']);
});

test('a name that ends in its bracketed unit ends there: the words after it are a value printed with a space inside', () => {
  const header = '领域 序号 指标 规划目标 2020年实际完成 属性';
  assert.deepEqual(fitLine(header, '21 单位地区生产总值综合能耗下降（%） 市下达目 标 完成 约束性'),
    [['', '21', '单位地区生产总值综合能耗下降（%）', '市下达目 标', '完成', '约束性']]);
});
