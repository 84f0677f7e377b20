import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectColumns } from './table-projection.ts';

/** The name cell of every projected row (a line with values), header aside. */
const names = (lines: readonly { text: string }[] = []) =>
  lines.slice(1).map((l) => l.text.split('\t')).filter((cells) => cells.slice(1).some(Boolean)).map((cells) => cells[0]);

const linesOf = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));

test('the rest of a name cut by a page break (受教育年 | 限) ends the last row of the page before', () => {
  const projected = projectColumns(linesOf([
    '       指标名称              单位   2020年   2025年',
    '       九年义务教育巩固率      %      99.2     99.5',
    '       劳动年龄人口平均受教育年  年     10.6     11',
    '\f   指标名称              单位   2020年   2025年',
    '   限',
    '   人均预期寿命          岁     79.3     80',
    '   每千人口执业医师数      人     2.9      3.4',
  ]));
  assert.deepEqual(names(projected?.lines), ['九年义务教育巩固率', '劳动年龄人口平均受教育年限', '人均预期寿命', '每千人口执业医师数']);
});

test('a name piece centred over a page\'s first row stays with that row', () => {
  const projected = projectColumns(linesOf([
    '       指标名称              单位   2020年   2025年',
    '       九年义务教育巩固率      %      99.2     99.5',
    '       劳动年龄人口平均受教育年限 年     10.6     11',
    '\f   指标名称              单位   2020年   2025年',
    '   城乡基本养老保险参保缴',
    '                     %      99       95',
    '   费率',
    '   每千人口执业医师数         人      2.9      3.4',
  ]));
  assert.deepEqual(names(projected?.lines), ['九年义务教育巩固率', '劳动年龄人口平均受教育年限', '城乡基本养老保险参保缴费率', '每千人口执业医师数']);
});
