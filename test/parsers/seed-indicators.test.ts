import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { SourceLine } from '../../src/domain/index.ts';
import { extractTables } from '../../src/parsers/extract-tables.ts';

const plans = new URL('../../examples/plans/', import.meta.url);
const expectedDir = new URL('../fixtures/seeds/', import.meta.url);

/** The txt seeds are UTF-8: split them here so this test does not depend on the readers. */
function linesOf(text: string): SourceLine[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line, i) => ({ line: i + 1, text: line, position: { page: null } }));
}

const seeds = readdirSync(plans).filter((f) => f.endsWith('.txt')).sort();

test('every seed plan has transcribed expected indicators', () => {
  assert.equal(seeds.length, 5);
});

for (const file of seeds) {
  const id = file.slice(0, 3);
  test(`seed ${id}: every row of every indicator table is read exactly as printed`, () => {
    const expected = JSON.parse(readFileSync(new URL(`${id}.indicators.json`, expectedDir), 'utf8'));
    const result = extractTables(linesOf(readFileSync(new URL(file, plans), 'utf8')));
    assert.deepEqual(result.tables.map(({ confidence: _c, ...t }) => t), expected.tables);
    for (const table of result.tables) assert.ok(table.confidence! >= 0.8, `${table.caption}: confidence ${table.confidence}`);
    assert.equal(result.indicators.length, expected.indicators.length);
    result.indicators.forEach((indicator, i) => assert.deepEqual(indicator, expected.indicators[i], `row at line ${indicator.line}`));
    assert.deepEqual(result.issues, []);
  });
}
