import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValuelessRow } from './table-valueless-rows.ts';

const cellsOf = (texts: string[]) => texts.map((text) => ({ text, line: 1 }));

test('in a list of indicators without values, a name with its unit is a row of its own', () => {
  assert.equal(isValuelessRow(cellsOf(['', '住宅性能不达标的房屋数量', '栋']), ['category', 'name', 'unit']), true);
});

test('where rows carry values, or the unit is the rest of one (万元/ above 人), the line may be the rest of the row above', () => {
  assert.equal(isValuelessRow(cellsOf(['', '区生产总值比重', '%', '']), ['category', 'name', 'unit', 'target']), false);
  assert.equal(isValuelessRow(cellsOf(['', '劳动生产率', '人']), ['category', 'name', 'unit']), true);
  assert.equal(isValuelessRow(cellsOf(['经济', '劳动生产率', '']), ['category', 'name', 'unit']), false);
});
