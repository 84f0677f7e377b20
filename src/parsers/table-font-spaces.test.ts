import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceLine } from '../domain/index.ts';
import { nameWithoutFontSpaces, printsFontSpaces, withoutFontSpaces } from './table-font-spaces.ts';

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

const linesOf = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));

test('text a PDF extractor made spaces its prose at CJK/Latin boundaries; an author or a Word table does not', () => {
  const extracted = ['（样表 3）到 2025 年，主要发展目标如下。', '研发投入强度达到 3.5%，PM2.5 浓度下降。', '1    常住人口城镇化率     %    68.06'];
  assert.equal(printsFontSpaces(linesOf(...extracted)), true);
  assert.equal(printsFontSpaces(linesOf('到2025年，主要发展目标如下。', '研发投入强度达到3.5%，PM2.5浓度下降。')), false);
  // cells one space apart are no evidence: only prose counts
  assert.equal(printsFontSpaces(linesOf('到2025年，主要发展目标如下。', '1 常住人口城镇化率 % 68.06 73', '2 城乡居民收入比 2.0 1.9')), false);
  // a TAB: a reader knew the cells, and the text is the author's (产值 100 亿元以上企业数)
  assert.equal(printsFontSpaces(linesOf(...extracted, '16\t产值 100 亿元以上企业数\t4\t2')), false);
});

test('in extracted text names and cells of words lose the font spaces; a cell of two parts keeps its own', () => {
  assert.equal(nameWithoutFontSpaces('每千人拥有 0-3 岁婴幼儿托育数', true), '每千人拥有0-3岁婴幼儿托育数');
  assert.equal(nameWithoutFontSpaces('产值 100 亿元以上企业数', false), '产值 100 亿元以上企业数');
  assert.equal(withoutFontSpaces('高于 GDP增长', true), '高于GDP增长');
  assert.equal(withoutFontSpaces('>7、力争达到 8', true), '>7、力争达到8');
  assert.equal(withoutFontSpaces('>7、力争达到 8'), '>7、力争达到 8');
  assert.equal(withoutFontSpaces('重点城市≥30 一般城市≥15', true), '重点城市≥30 一般城市≥15');
  assert.equal(withoutFontSpaces('经济发展  高于 GDP', true), '经济发展  高于GDP');
});
