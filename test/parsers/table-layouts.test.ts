import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Indicator, SourceLine, Value } from '../../src/domain/index.ts';
import { extractTables } from '../../src/parsers/extract-tables.ts';
import { valueCell } from './value-cell.ts';

// Development fixtures: tables as real documents print them (pdftotext with and without -layout, Word
// exports with a blank line after every cell, pipes, box rules, full-width spaces). Each NAME.json was
// written by reading NAME.txt; cells are compact: `raw = value comparator`, then 累计 and 「words」.
const fixtures = new URL('../fixtures/tables/layouts/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

const linesOf = (text: string): SourceLine[] =>
  text.split(/\r?\n/).map((line, i) => ({ line: i + 1, text: line, position: { page: null } }));

const cell = (v: Value | null) => valueCell(v);

const compact = (i: Indicator) => ({
  seq: i.seq, category: i.category, name: i.name, unit: i.unit, attribute: i.attribute,
  baseline: cell(i.baseline), target: cell(i.target), actual: cell(i.actual), annualGrowth: cell(i.annualGrowth),
  line: i.line, table: i.table,
});

/** Only the keys the expectation names (the caption of each row where a fixture has several tables). */
const project = (actual: Record<string, unknown>, expected: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(expected).map((k) => [k, actual[k]]));

for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
  test(`extractTables reads the printed layout "${file}"`, () => {
    const expected = JSON.parse(read(file.replace(/\.txt$/, '.json')));
    const result = extractTables(linesOf(read(file)));
    assert.deepEqual(result.tables.map((t) => `${t.caption} | ${t.kind} | ${t.rows}`), expected.tables);
    const rows = result.indicators.map(compact);
    assert.deepEqual(rows.map((r, k) => project(r, expected.indicators[k] ?? r)), expected.indicators);
    assert.deepEqual(result.issues.map((i) => `${i.code} ${i.line}`), expected.issues);
  });
}
