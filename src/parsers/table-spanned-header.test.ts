import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignSpannedHeader, spreadSpanningCells } from './table-spanned-header.ts';

test('a Word table saved as text: cells merged down print empty below, spanning cells share the labels under them', () => {
  const upper = ['类别', '序号', '指标', '单位', '“十四五”时期', '“十五五”时期', '属性'];
  const lower = ['', '', '', '', '规划目标', '完成情况', '2030年目标', '年均增长', ''];
  assert.deepEqual(alignSpannedHeader(upper, lower), [
    '类别', '序号', '指标', '单位', '“十四五”时期规划目标', '“十四五”时期完成情况', '“十五五”时期2030年目标', '“十五五”时期年均增长', '属性',
  ]);
  assert.deepEqual(alignSpannedHeader(['指标', '“十四五”目标', '属性'], ['', '2025年', '年均增长', '']), ['指标', '“十四五”目标2025年', '“十四五”目标年均增长', '属性']);
});

test('lines that do not fit a spanned header are left to the column-by-column merge', () => {
  assert.equal(alignSpannedHeader(['指标', '2020年', '2025年'], ['名称', '基数', '目标']), undefined);
  // three labels under two spanning cells cannot be shared out evenly
  assert.equal(alignSpannedHeader(['指标', '“十四五”', '“十五五”'], ['', '目标', '完成', '目标2030']), undefined);
});

test('WPS prints a spanning cell once and an empty cell for each further column: its word heads them, or their own labels do when it would make them all targets', () => {
  const upper = ['类别', '指标', '单位', '“十五五”目标', '', '', '指标属性'];
  assert.deepEqual(spreadSpanningCells(upper, ['', '', '', '2025年', '2030年', '年均增长〔累计〕', '']),
    ['类别', '指标', '单位', '2025年', '2030年', '年均增长〔累计〕', '指标属性']);
  assert.deepEqual(spreadSpanningCells(['指标', '“十四五”时期', '', '属性'], ['', '规划目标', '完成情况', '']),
    ['指标', '“十四五”时期规划目标', '“十四五”时期完成情况', '属性']);
  // nothing spans: the column-by-column merge is left to the caller
  assert.equal(spreadSpanningCells(['指标', '2020年', '2025年'], ['名称', '基数', '目标']), undefined);
});
