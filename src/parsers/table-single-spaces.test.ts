import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTables } from './extract-tables.ts';
import { segmentSingleSpaceRows } from './table-single-spaces.ts';
import { toLines } from './test-lines.ts';

const HEADER = '类别 序号 指标名称 单位 2025年 2030年 指标属性';

test('rows that print their group in their own cell: a lone piece between rows goes to the name column, never the group column', () => {
  const lines = toLines([HEADER, '创新投入 1 研发投入强度 % 4.6 5.2 预期性', '2 企业研发经费支出占营 % 2.1 2.5 预期性', '业收入比重',
    '创新主体 3 高新技术企业数 家 1580 2000 预期性'].join('\n'));
  assert.deepEqual(segmentSingleSpaceRows(lines, 0).map((l) => l.text.split('\t')), [
    ['类别', '序号', '指标名称', '单位', '2025年', '2030年', '指标属性'],
    ['创新投入', '1', '研发投入强度', '%', '4.6', '5.2', '预期性'],
    ['', '2', '企业研发经费支出占营', '%', '2.1', '2.5', '预期性'],
    ['', '', '业收入比重'],
    ['创新主体', '3', '高新技术企业数', '家', '1580', '2000', '预期性'],
  ]);
});

test('a table copied out of a PDF viewer: names wrapped to the next line are whole, each row keeps its group', () => {
  const text = ['表1 科技创新主要指标', HEADER, '创新投入 1 全社会研发投入占地区生产总值比重 % 4.6 5.2左右 预期性',
    '2 规模以上工业企业研发经费支出占营 % 2.1 2.5 预期性', '业收入比重', '3 风险投资管理资金规模 亿元 800 1200 预期性',
    '创新平台 4 省级以上研发机构数 家 420 550 预期性', '5 国家级科技企业孵化器和众创空间 家 32 40 预期性', '数',
    '创新人才 6 每万名就业人员中研发人员数 人年 260 320 预期性', '注：2025年为预计数。'].join('\n');
  const { indicators } = extractTables(toLines(text));
  assert.deepEqual(indicators.map((i) => [i.seq, i.category, i.name, i.unit]), [
    [1, '创新投入', '全社会研发投入占地区生产总值比重', '%'],
    [2, '创新投入', '规模以上工业企业研发经费支出占营业收入比重', '%'],
    [3, '创新投入', '风险投资管理资金规模', '亿元'],
    [4, '创新平台', '省级以上研发机构数', '家'],
    [5, '创新平台', '国家级科技企业孵化器和众创空间数', '家'],
    [6, '创新人才', '每万名就业人员中研发人员数', '人年'],
  ]);
});
