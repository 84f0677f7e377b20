import assert from 'node:assert/strict';
import { test } from 'node:test';
import { continuesAcrossPage } from './source-table-split-rows.ts';

const row = (texts: string[], line: number) => texts.map((text) => ({ text, line }));
/** lines 1–10 on page 1, the rest on page 2 */
const pageOf = (line: number) => (line <= 10 ? 1 : 2);
const VALUES = row(['', '劳动年龄人口平均受教育年', '年', '10.6', '11'], 10);

test('a name piece alone at the top of a new page is the rest of the name cut by the page break', () => {
  assert.equal(continuesAcrossPage(row(['', '限', '', '', ''], 11), VALUES, 1, 0, pageOf), true);
});

test('a name alone on the same page, or beside values, is no rest of the row above', () => {
  assert.equal(continuesAcrossPage(row(['', '健康养老', '', '', ''], 10), VALUES, 1, 0, pageOf), false);
  assert.equal(continuesAcrossPage(row(['', '中小学教师研究生学历比例', '%', '9.5', '15'], 11), VALUES, 1, 0, pageOf), false);
  assert.equal(continuesAcrossPage(row(['', '限', '', '', ''], 11), VALUES, 1, 0, () => null), false);
});
