import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBlankSeparated } from './table-blank-cells.ts';
import { toLines } from './test-lines.ts';

/** A Word table saved as text: every cell on its line (an empty cell, an empty line), a blank line after each. */
const exported = (cells: string[]) => toLines(cells.flatMap((c) => [c, '']).join('\n'));

test("a group label that reads as a header word (基础设施: 基础) opens the first row, not the header's last column", () => {
  const lines = exported([
    '分类', '指标', '计量单位', '2025年目标值', '指标属性',
    '基础设施', '高速公路里程', '公里', '350', '预期性',
    '', '城市轨道交通运营里程', '公里', '>200', '预期性',
    '', '普通国省干线公路二级及以上公路比例', '%', '95以上', '预期性',
  ]);
  const body = readBlankSeparated(lines, 0, 2);
  assert.deepEqual(body?.header, ['分类', '指标', '计量单位', '2025年目标值', '指标属性']);
  assert.deepEqual(body?.rows.map((r) => r.map((c) => c.text)).at(-1), ['', '普通国省干线公路二级及以上公路比例', '%', '95以上', '预期性']);
});
