import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTables } from './extract-tables.ts';
import { toLines } from './test-lines.ts';

const rows = (text: string[]) => extractTables(toLines(text.join('\n'))).indicators;

test('an indicator system without values: codes before the names are the seq, classes kept as printed', () => {
  const read = rows(['表1 规划指标体系', '指标项\t单位\t指标属性', 'A-01 生态保护红线面积\t平方公里\t约束性',
    'A-02 公园绿地、广场步行5分钟覆盖率\t%\t建议性', '3．人均应急避难场所面积\t平方米\t预期性']);
  assert.deepEqual(read.map((i) => [i.seq, i.name, i.unit, i.attribute, i.attributeRaw, i.baseline, i.target]), [
    ['A-01', '生态保护红线面积', '平方公里', 'binding', '约束性', null, null],
    ['A-02', '公园绿地、广场步行5分钟覆盖率', '%', null, '建议性', null, null],
    [3, '人均应急避难场所面积', '平方米', 'expected', '预期性', null, null],
  ]);
});

test('a column of 基本/推荐 is the class column whatever its header; a 序号 column keeps codes and numbers apart', () => {
  const read = rows(['表2 城市体检指标', '序号\t指标项\t单位\t类型', 'B-1\t城市内涝积水点数量\t个\t基本', '（2）\t城市生活污水集中收集率\t%\t推荐']);
  assert.deepEqual(read.map((i) => [i.seq, i.category, i.name, i.attribute, i.attributeRaw]), [
    ['B-1', null, '城市内涝积水点数量', null, '基本'],
    [2, null, '城市生活污水集中收集率', null, '推荐'],
  ]);
});

test('a list of projects (名称 but no 指标, no class) is no indicator table', () => {
  assert.deepEqual(rows(['表3 重大项目', '序号\t项目名称\t建设内容\t建设年限', '1\t数据中心\t新建机房\t2022—2024']), []);
});

test('a 年均增长 column gives yearly rates (annual); a plain 年均/累计 column holds levels too', () => {
  const growth = rows(['表4 主要指标', '指标\t2020年\t2025年\t年均增长', '地区生产总值（亿元）\t5100\t—\t5左右', '进出口总额（亿美元）\t80\t100\t[20]']);
  assert.deepEqual(growth.map((i) => [i.target?.value, i.target?.annual, i.target?.cumulative]), [[5, true, false], [100, undefined, false]]);
  assert.deepEqual(growth.map((i) => [i.annualGrowth?.value, i.annualGrowth?.annual]), [[undefined, undefined], [20, undefined]]);
  const plain = rows(['表5 主要指标', '指标\t2020年\t2025年\t年均/累计', '城镇调查失业率（%）\t4.5\t—\t<5.5', '粮食综合生产能力（亿斤）\t6.8\t—\t>6.5']);
  assert.deepEqual(plain.map((i) => [i.target?.raw, i.target?.comparator, i.target?.annual]), [['<5.5', 'lt', undefined], ['>6.5', 'gt', undefined]]);
});
