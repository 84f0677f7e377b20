import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BARE_TABLE_LABEL, TABLE_LABEL } from './table-label.ts';

const opens: Array<[line: string, label: boolean, bare: boolean]> = [
  ['表1', true, true],
  ['表2-1 “十四五”时期主要指标', true, false],
  ['附表', true, true],
  ['附表：', true, true],
  ['附表1', true, true],
  ['附表　城区（城市）层面体检指标', true, false],
  ['附表2-3：重点项目指标', true, false],
  ['表明全县经济运行稳中向好', false, false],
  ['附表所列指标由各部门负责', false, false],
];

for (const [line, label, bare] of opens) {
  test(`“${line}” ${label ? 'opens with a table label' : 'is no table label'}${bare ? ', alone' : ''}`, () => {
    assert.equal(TABLE_LABEL.test(line), label);
    assert.equal(BARE_TABLE_LABEL.test(line), bare);
  });
}
