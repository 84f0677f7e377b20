import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { PlanExtract, SourceLine, Value } from '../../src/domain/index.ts';
import { extractPlan } from '../../src/parsers/index.ts';
import { valueCell } from './value-cell.ts';

// Development fixtures for indicator systems without values and unusual documents (see
// test/fixtures/systems/README.md). Each NAME.expected.json was written by reading NAME.txt.
const fixtures = new URL('../fixtures/systems/', import.meta.url);

function extract(file: string): PlanExtract {
  const text = readFileSync(new URL(file, fixtures), 'utf8');
  const lines: SourceLine[] = text.split(/\r?\n/).map((line, i) => ({ line: i + 1, text: line, position: { page: null } }));
  return extractPlan({ file, format: 'txt', encoding: 'utf-8', sha256: '', lines, warnings: [] });
}

const cell = (v: Value | null) => valueCell(v, { annual: true });

function summary(result: PlanExtract) {
  return {
    plan: result.plan,
    tables: result.tables.map((t) => `${t.caption} | ${t.kind} | ${t.rows}`),
    indicators: result.indicators.map((i) => ({
      seq: i.seq, category: i.category, name: i.name, unit: i.unit, attribute: i.attribute, attributeRaw: i.attributeRaw ?? null,
      baseline: cell(i.baseline), target: cell(i.target), actual: cell(i.actual), annualGrowth: cell(i.annualGrowth),
    })),
    textTargets: result.textTargets.map((t) => `${t.indicator} | ${t.year} | ${cell(t.target)}`),
  };
}

const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();

test('every systems fixture has its expectation', () => assert.ok(names.length >= 9, `only ${names.length} fixtures`));

for (const file of names) {
  const expected = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.expected.json'), fixtures), 'utf8'));
  const result = extract(file);
  const actual = summary(result);
  for (const part of ['plan', 'tables', 'indicators', 'textTargets'] as const) {
    test(`${file}: ${part}`, () => assert.deepEqual(actual[part], expected[part]));
  }
  test(`${file}: no table issue`, () => assert.deepEqual(result.issues.filter((i) => i.code.startsWith('table')), []));
}
