import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceText } from '../domain/index.ts';
import { extractPlan } from './index.ts';
import { toLines } from './test-lines.ts';

const source = (text: string, warnings: string[] = []): SourceText => ({
  file: 'x.txt', format: 'txt', encoding: 'utf-8', sha256: 'abc', lines: toLines(text), warnings,
});

test('a plan with no indicator table is a valid result with a warning', () => {
  const x = extractPlan(source('某市“十四五”新型城镇化规划\n第一章 发展目标\n到2025年，常住人口城镇化率达到70%。\n'));
  assert.equal(x.schema, 'plan-extract/1');
  assert.deepEqual(x.source, { file: 'x.txt', sha256: 'abc', chars: 46 });
  assert.equal(x.plan.region, '某市');
  assert.deepEqual(x.textTargets.map((t) => [t.indicator, t.year, t.target.value]), [['常住人口城镇化率', 2025, 70]]);
  assert.deepEqual(x.issues.map((i) => i.code), ['no-indicator-table']);
});

test('reader warnings become issues; an empty document says so', () => {
  const x = extractPlan(source('\n\n', ['第 2 页没有文字层']));
  assert.deepEqual(x.issues.map((i) => [i.code, i.severity]), [['reader-warning', 'warning'], ['empty-document', 'warning']]);
  assert.deepEqual([x.outline, x.tables, x.indicators, x.textTargets, x.boxes], [[], [], [], [], []]);
});

test('binary-looking text gives an empty but valid extract', () => {
  const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
  const x = extractPlan(source(`${junk}\n专栏\t\n第一章\n${junk}`));
  assert.equal(x.schema, 'plan-extract/1');
  assert.ok(Array.isArray(x.outline) && Array.isArray(x.boxes));
});
