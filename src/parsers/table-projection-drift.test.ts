import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDrifted } from './table-projection-drift.ts';
import type { Piece } from './table-projection-gaps.ts';

const piecesOf = (line: string): Piece[] =>
  [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ from: m.index!, to: m.index! + m[0].length, start: m.index!, end: m.index! + m[0].length }));

const drifted = (rows: string[]) => [...findDrifted((r) => rows[r], rows.map(piecesOf), false)].map((r) => rows[r]);

test('pdftotext -layout sets a row with little left of it a few characters left: that row is drifted', () => {
  const rows = [
    '          1    常住人口城镇化率     %    68.06    ≥73',
    '          2    城乡居民人均可支配收入比      1.99     1.95',
    '         3                         %        95           98',
    '         4                         %        85           ≥92',
    '         5                         %        28.3         29',
    '         6                         个        1.9          4.5',
    '         7                         %        —            18',
    '         10       人均接受文化场馆服务次数     次        4.48         ﹥5',
    '         11       空气质量优良天数比例       %        83.9         86',
  ];
  assert.deepEqual(drifted(rows), rows.slice(0, 2));
});

test('rows in their columns, a group label in a column of its own and cells one space apart are not drifted', () => {
  const rows = [
    '          地区生产总值        亿元   1000     1500    预期性',
    ' 经济发展  全员劳动生产率       万元/人 15       20      预期性',
    '          城镇调查失业率       %    4.5      <5.5    预期性',
    '          人均预期寿命        岁    79       80      预期性',
  ];
  assert.deepEqual(drifted(rows), []);
});

test('two values one space apart in tight columns, and a column of dashes, are no drift', () => {
  const rows = [
    '       1   地区生产总值增长       %   3.9  —    6 左右',
    '       2   全员劳动生产率增长      %   4.2  —    >6',
    '       3   常住人口城镇化率       %   58.3 >62  —',
    '       4   研发经费投入增长       %   9.2  —    >10',
    '       5                  件   5.1  10.2 —',
    '       6   数字经济核心产业增加值占   %   8.9* 10   —      预期',
  ];
  assert.deepEqual(drifted(rows), []);
});
