import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractPlan } from '../../src/parsers/index.ts';
import type { Indicator, SourceText } from '../../src/domain/index.ts';

// Development fixtures of the whitespace projection (test/fixtures/projection/README.md), rows checked by hand.

function sourceOf(name: string): SourceText {
  const text = readFileSync(new URL(`../fixtures/projection/${name}`, import.meta.url), 'utf8');
  return {
    file: name, format: 'txt', encoding: 'utf-8', sha256: '', warnings: [],
    lines: text.split('\n').map((line, i) => ({ line: i + 1, text: line, position: { page: null } })),
  };
}

const fields = (i: Indicator) =>
  [i.seq, i.category, i.name, i.unit, i.baseline?.raw ?? null, i.target?.raw ?? null, i.annualGrowth?.raw ?? null, i.attribute];

test('十五五 table through pdftotext -layout: 年均增长〔累计〕 wrapped under 2030年目标, a long target one space before its class', () => {
  const plan = extractPlan(sourceOf('fifteenth-two-level-header-layout.txt'));
  const expected = [
    [1, '经济发展', '地区生产总值', '亿元', '1.2万', '5%左右', null, 'expected'],
    [2, '经济发展', '全员劳动生产率', '万元/人', '16.8', '>21', '>5', 'expected'],
    [3, '绿色低碳', '单位地区生产总值能源消耗降低', '%', '〔14.5〕', '完成省下达任务', null, 'binding'],
  ];
  const doubted = new Set(plan.issues.filter((i) => i.code.startsWith('table')).map((i) => i.line));
  const rows = plan.indicators.map(fields);
  assert.equal(rows.length, expected.length);
  // every row is read right, or named in a table issue; the rows with one row of text each must be right
  rows.forEach((row, k) => assert.ok(JSON.stringify(row) === JSON.stringify(expected[k]) || doubted.has(plan.indicators[k].line), `row ${k + 1}: ${JSON.stringify(row)}`));
  assert.deepEqual(rows.slice(0, 2), expected.slice(0, 2));
});
