import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceLine } from '../domain/index.ts';
import type { Piece } from './table-projection-gaps.ts';
import { continuesHeaderWord, straddlesHeaderLine } from './table-projection-header-tail.ts';

const piecesOf = (line: string): Piece[] =>
  [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ from: m.index!, to: m.index! + m[0].length, start: m.index!, end: m.index! + m[0].length }));

const linesOf = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));

const tail = (texts: string[], printed: string) => {
  return continuesHeaderWord(linesOf(texts), texts.map(piecesOf), 0, texts.length - 1, printed);
};

const FIRST_PAGE = '分类|指标|计量单位|2025年目标值|指标属性';

test('a short line under a header piece that completes a header cell of the first page is the header repeated', () => {
  assert.equal(tail(['                 2025 年目标', '分类   指标   计量单位        指标属性', '                 值'], FIRST_PAGE), true);
});

test("a short piece under the name column's header is the end of a name, not of 指标", () => {
  assert.equal(tail(['分类   指标名称   计量单位', '       限'], '分类|指标名称|计量单位'), false);
});

test('on the first page (no header printed before) nothing is taken for a repeat', () => {
  assert.equal(tail(['                 2025 年目标', '                 值'], ''), false);
});

test('a short piece under a header cell printed above the header line, with that line between, is the cell’s lower half', () => {
  const texts = ['                 2025 年目标', '编号   指标   计量单位        指标属性', '                 值'];
  assert.equal(straddlesHeaderLine(texts.map(piecesOf), linesOf(texts), 0, 2), true);
});

test('a first row’s cell wrapped above its values stands right under the header: not the header’s', () => {
  const texts = ['编号   指标         2025 年目标', '                    基本'];
  assert.equal(straddlesHeaderLine(texts.map(piecesOf), linesOf(texts), 0, 1), false);
});
