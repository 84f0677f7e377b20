import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartCsv } from './chart-downloads.ts';

test('a chart\'s data as CSV: one row per year, one column per series with its unit, empty where a series has no point', () => {
  const csv = chartCsv('%', [
    { name: '目标增速', points: [[2021, 7], [2022, 7]] },
    { name: '实际值', points: [[2022, 6.8]] },
    { name: '预测', points: [] },
  ]);
  assert.equal(csv, '年份,目标增速（%）,实际值（%）\r\n2021,7,\r\n2022,7,6.8\r\n');
});

test('names with a comma or a quote are quoted', () => {
  assert.equal(chartCsv(null, [{ name: '值,"甲"', points: [[2020, 1]] }]), '年份,"值,""甲"""\r\n2020,1\r\n');
});
