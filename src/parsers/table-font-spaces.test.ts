import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutFontSpaces } from './table-font-spaces.ts';

test('a single space between a digit or letter and a CJK character is the PDF font change, not the cell', () => {
  assert.equal(withoutFontSpaces('10 左右'), '10左右');
  assert.equal(withoutFontSpaces('控制在 5 以内'), '控制在5以内');
  assert.equal(withoutFontSpaces('95 以上'), '95以上');
});

test('other spaces stay: in a cell of several numbers, between two CJK words, and runs of spaces', () => {
  assert.equal(withoutFontSpaces('重点城市≥30 一般城市≥15'), '重点城市≥30 一般城市≥15');
  assert.equal(withoutFontSpaces('1.5 2.0'), '1.5 2.0');
  assert.equal(withoutFontSpaces('重点城市 一般城市'), '重点城市 一般城市');
  assert.equal(withoutFontSpaces('10  左右'), '10  左右');
});

test('a long run of spaces is read in linear time', () => {
  const text = `1${' '.repeat(1_000_000)}左右`;
  assert.equal(withoutFontSpaces(text), text);
});
