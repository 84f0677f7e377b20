import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHeader } from './table-header.ts';

const cases: Array<[header: string[], roles: string[] | undefined, kind?: string]> = [
  [['类别', '指标', '2020年', '2025年', '指标属性'], ['category', 'name', 'baseline', 'target', 'attribute'], 'targets'],
  [['类别', '指 标', '2020年基数', '2025年目标'], ['category', 'name', 'baseline', 'target'], 'targets'],
  [['分类', '指标', '2020年完成数', '2025年目标', '年均增长', '指标   属性'], ['category', 'name', 'baseline', 'target', 'growth', 'attribute'], 'targets'],
  [['类别', '序号', '指标', '“十三五” 预期目标', '实际完成 情况', '指标 属性'], ['category', 'seq', 'name', 'target', 'actual', 'attribute'], 'completion'],
  [['指标', '“十三五”规划目标', '2020年完成数', '属性'], ['name', 'target', 'actual', 'attribute'], 'completion'],
  [['指标', '2015年', '2020年规划目标', '2020年实际完成'], ['name', 'baseline', 'target', 'actual'], 'completion'],
  [['序号', '指标名称', '2025年目标值', '指标属性'], ['seq', 'name', 'target', 'attribute'], 'targets'],
  [['指标', '2025年', '2020年'], ['name', 'target', 'baseline'], 'targets'],
  [['类别', '指标', '单位', '2020年基数', '2025年目标', '年均增长（%）'], ['category', 'name', 'unit', 'baseline', 'target', 'growth'], 'targets'],
  [['指标', '2020年', '2025年', '年均/累计'], ['name', 'baseline', 'target', 'annual'], 'targets'],
  [['指标', '2020年', '2025年', '“十四五”年均增速'], ['name', 'baseline', 'target', 'growth'], 'targets'],
  [['一级指标', '二级指标', '2025年'], ['category', 'name', 'target'], 'targets'],
  [['指标', '2015年', '2020年', '2025年'], ['name', 'other', 'baseline', 'target'], 'targets'],
  [['指标', '2020年', '2025年', '2035年'], ['name', 'baseline', 'target', 'other'], 'targets'],
  // a 十五五 plan citing the last period's target and result: its own target is the latest, the result its baseline
  [['指标', '“十四五”规划目标', '“十四五”完成情况', '2030年目标', '年均增长'], ['name', 'other', 'baseline', 'target', 'growth'], 'targets'],
  [['指标', '2025年目标', '2035年远景目标'], ['name', 'target', 'target'], 'targets'],
  [['序号', '维度', '指标项', '单位', '指标类型', '指标解释'], ['seq', 'category', 'name', 'unit', 'attribute', 'other'], 'other'],
  [['编号', '指标项', '指标层级', '指标属性', '单位'], ['seq', 'name', 'other', 'attribute', 'unit'], 'other'],
  [['维度', '编号', '指标项', '单位', '类型'], ['category', 'seq', 'name', 'unit', 'category'], 'other'],
  // 目标维度 names the dimension a 城市体检 system groups its rows by: no target column
  [['目标维度', '序号', '指标项', '单位', '指标类型', '指标解释'], ['category', 'seq', 'name', 'unit', 'attribute', 'other'], 'other'],
  [['序号', '产业链', '单位', '2020年', '2025年目标'], ['seq', 'name', 'unit', 'baseline', 'target'], 'targets'],
  [['序号', '产业链', '2020年', '2025年目标'], undefined],
  [['序号', '项目名称', '建设内容', '建设规模'], undefined],
  [['项目', '内容', '责任单位'], undefined],
  [['类别', '2020年', '2025年'], undefined],
];

for (const [header, roles, kind] of cases) {
  test(`readHeader reads ${header.join(' | ')}`, () => {
    const read = readHeader(header);
    assert.deepEqual(read?.roles, roles);
    assert.equal(read?.kind, kind);
  });
}
