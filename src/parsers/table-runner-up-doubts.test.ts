import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTables } from './extract-tables.ts';
import { toLines } from './test-lines.ts';

const read = (lines: readonly string[]) => extractTables(toLines(['表1  主要指标', ...lines].join('\n')));

test('a name\'s tail on a line of its own: the projection saw it in the name column, the split at spaces is no second reading', () => {
  const { indicators, issues } = read([
    ' 序号   指标名称           计量单位  2025年目标值    指标属性',
    ' 1      常住人口城镇化率   %         70以上          预期性',
    ' 2      单位GDP能耗降      %         完成省下达任务  约束性',
    '        低',
    ' 3      人均公园绿地面积   m²        ≥15             约束性',
  ]);
  assert.deepEqual(indicators.map((i) => i.name), ['常住人口城镇化率', '单位GDP能耗降低', '人均公园绿地面积']);
  assert.deepEqual(issues.map((i) => i.code), []);
});
