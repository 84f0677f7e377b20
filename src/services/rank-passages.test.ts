import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { PassageKind, PassageRow } from '../storage/index.ts';
import { rankPassages } from './rank-passages.ts';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
const kinds: PassageKind[] = ['paragraph', 'box-item', 'indicator'];
const rowsWith = (word: string): PassageRow[] =>
  seed.flatMap((text, line) => (text.includes(word) ? [{ planId: 1 + (line % 3), kind: kinds[line % 3], refId: line, outlinePath: seed[line % 17], line, text, planTitle: '样本市规划', region: null }] : []));

/** Every candidate scored in full: with a limit of all of them, no bound ever stops the whole-word test. */
const rankAll = (rows: readonly PassageRow[], words: readonly string[], limit: number) => rankPassages(rows, words, rows.length).slice(0, limit);

for (const word of ['城镇', '公共服务', '建设', '人口', '文化', '改革']) {
  test(`ranking ${word}: pruning the whole-word test gives the ranking of scoring every candidate`, () => {
    const rows = rowsWith(word);
    assert.ok(rows.length > 20, `${word}: ${rows.length} passages`);
    for (const limit of [5, 20]) assert.deepEqual(rankPassages(rows, [word], limit), rankAll(rows, [word], limit));
  });
}
