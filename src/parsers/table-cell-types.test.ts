import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUnitCell } from './table-cell-types.ts';

test('units as tables print them, rates per so many people among them', () => {
  for (const unit of ['%', '万元/人', '微克/立方米', '个百分点', '/10万', '1/10万', '张/千人', '人/万人', '（%）']) {
    assert.ok(isUnitCell(unit), unit);
  }
});

test('a fraction or a number is no unit', () => {
  for (const cell of ['12/40', '1/2', '10万', '5.5', '/']) assert.ok(!isUnitCell(cell), cell);
});
