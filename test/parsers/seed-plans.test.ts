import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceLine } from '../../src/domain/index.ts';
import { extractBoxes } from '../../src/parsers/extract-boxes.ts';
import { extractMetadata } from '../../src/parsers/extract-metadata.ts';
import { extractOutline } from '../../src/parsers/extract-outline.ts';
import { extractTextTargets } from '../../src/parsers/extract-text-targets.ts';

// Expected data transcribed from the seed text and checked line by line (test/fixtures/seeds/NNN.*.json).
const root = resolve(import.meta.dirname, '..', '..');
const plans = join(root, 'examples', 'plans');
const fixtures = join(root, 'test', 'fixtures', 'seeds');

const seedLines = (file: string): SourceLine[] =>
  readFileSync(join(plans, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text, position: { page: null } }));

const expected = (seed: string, part: string): unknown => JSON.parse(readFileSync(join(fixtures, `${seed}.${part}.json`), 'utf8'));

for (const file of readdirSync(plans).filter((f) => f.endsWith('.txt')).sort()) {
  const seed = file.slice(0, 3);
  const lines = seedLines(file);
  const plan = extractMetadata(lines);

  test(`seed ${seed}: plan metadata as printed`, () => {
    assert.deepEqual(plan, expected(seed, 'plan'));
  });

  test(`seed ${seed}: the body's heading tree, not the table of contents`, () => {
    assert.deepEqual(extractOutline(lines), expected(seed, 'outline'));
  });

  test(`seed ${seed}: quantified targets of the goals and 2035-outlook prose`, () => {
    const targets = extractTextTargets(lines, { periodEnd: plan.period?.end ?? null, visionYear: plan.visionYear });
    assert.deepEqual(targets, expected(seed, 'text-targets'));
  });

  test(`seed ${seed}: every 专栏 with its items`, () => {
    assert.deepEqual(extractBoxes(lines), expected(seed, 'boxes'));
  });
}

test('seed figures: 5 plans, 55/45/40/48/41 headings, 23/7/19/7/6 boxes', () => {
  const count = (nodes: { children: unknown[] }[]): number => nodes.reduce((n, x) => n + 1 + count(x.children as never), 0);
  const files = readdirSync(plans).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(files.map((f) => count(extractOutline(seedLines(f)))), [55, 45, 40, 48, 41]);
  assert.deepEqual(files.map((f) => extractBoxes(seedLines(f)).length), [23, 7, 19, 7, 6]);
});
