import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectColumns } from './table-projection.ts';

const linesOf = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));

// pdftotext -layout of a Word table: a long name pushes its unit right, a unit wrapped in its narrow cell
// (微克/立方 / 米) starts where the longest name ends, so no character column parts names from units
const ROWS = [
  ' 类别            指 标         单位       2020 年     2025 年              属性',
  '       人均预期寿命              岁         78.6         79       〔0.4〕    预期性',
  '       单位地区生产总值能源消耗降低      %          —         —              —    约束性',
  ' 绿色生                 微克/立方',
  '     细颗粒物（PM2.5）平均浓度                  33       ≤30             —    约束性',
  '  态                    米',
  '     地表水达到或好于Ⅲ类水体比例    %             85.6         90           —    约束性',
  '       森林覆盖率               %         52.5         55       〔2.5〕    约束性',
];

test('a 单位 column close to the names is parted from them where rows print a name and, apart, a unit', () => {
  const projected = projectColumns(linesOf(ROWS));
  assert.deepEqual(projected?.lines.slice(1).map((l) => l.text.split('\t').slice(1, 4)), [
    ['人均预期寿命', '岁', '78.6'], ['单位地区生产总值能源消耗降低', '%', '—'], ['', '', ''],
    ['细颗粒物（PM2.5）平均浓度', '微克/立方米', '33'], ['', '', ''],
    ['地表水达到或好于Ⅲ类水体比例', '%', '85.6'], ['森林覆盖率', '%', '52.5'],
  ]);
});

test('the columns are parted so only under a 单位 header word (what stands beside a name may be part of it)', () => {
  const projected = projectColumns(linesOf([ROWS[0].replace('单位', '    '), ...ROWS.slice(1)]));
  assert.equal(projected?.lines[6].text.split('\t')[1], '地表水达到或好于Ⅲ类水体比例    %');
});
