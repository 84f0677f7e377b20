import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Piece } from './table-projection-gaps.ts';
import { repeatedHeaderLines } from './table-projection-repeats.ts';

const piecesOf = (line: string): Piece[] =>
  [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ from: m.index!, to: m.index! + m[0].length, start: m.index!, end: m.index! + m[0].length }));

const HEADER = ['                          2025 年目', '序号   指标名称   计量单位   基期值（2020 年）', '                          标'];
const printed = HEADER.join('').replace(/\s+/g, '');

const repeatedOf = (lines: string[], body: number) =>
  repeatedHeaderLines(lines, lines.map(piecesOf), body, printed, (i) => lines[i].startsWith('序号'))
    .flatMap((r, i) => (r ? [i] : []));

test('a header over three lines printed again after a page break: its short lines go with it', () => {
  const lines = [...HEADER, '7    接受上门服务的居家老年人数占比      %      —      18', ...HEADER, '8    研发经费支出占地区生产总值比重   %     2.6     2.8'];
  assert.deepEqual(repeatedOf(lines, 3), [4, 5, 6]);
});

test('a wrapped name piece beside the repeated header stays a piece of its row', () => {
  const lines = [...HEADER, HEADER[1], '     地区生产总值比重', '6    数字经济核心产业增加值占   %   8.9   10'];
  assert.deepEqual(repeatedOf(lines, 3), [3]);
});
