import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFlagged, readingBetween } from './flagged.ts';
import { shrunkCeilings, silentFell, silentRise } from './known-silent.ts';
import { tallyFamilies, type CaseResult } from './summary.ts';

const differs = { field: 'name', row: 0, message: 'row 1 name' };
const result = (flagged: readonly boolean[]): CaseResult => ({
  family: 'pdftotext-raw', table: 't',
  outcomes: flagged.map((f, i) => ({ variant: `v${i}`, difference: differs, rows: 5, exactRows: 2, flagged: f })),
});

test('a rendering that differs counts as silent only when nothing flags it', () => {
  const [tally] = tallyFamilies([result([true, false, false])]);
  assert.deepEqual([tally.silentRenderings, tally.silentRows], [2, 6]);
});

test('a family fails when its silent renderings or rows rise above the recorded ceiling', () => {
  const [tally] = tallyFamilies([result([false, false])]);
  assert.equal(silentRise(tally, { renderings: 2, rows: 6 }), undefined);
  assert.match(silentRise(tally, { renderings: 2, rows: 5 }) ?? '', /known-silent\.json allows 2 \/ 5/);
  assert.match(silentRise(tally) ?? '', /allows 0 \/ 0/, 'a family without a ceiling may have no silent rendering');
  assert.ok(silentFell(tally, { renderings: 3, rows: 6 }));
  const shrunk = shrunkCeilings({ 'pdftotext-raw': { renderings: 3, rows: 4 } }, [tally]);
  assert.deepEqual(shrunk, { 'pdftotext-raw': { renderings: 2, rows: 4 } });
});

test('a reading is flagged by a doubtful table or a table issue on its lines, not by other issues', () => {
  const table = { caption: '表1', kind: 'targets' as const, line: 10, rows: 3 };
  const issue = (code: string, line: number) =>
    ({ code, severity: 'warning' as const, message: '', line, excerpt: null });
  assert.equal(isFlagged({ tables: [{ ...table, confidence: 0.9 }], issues: [issue('outline-gap', 12)] }), false);
  assert.equal(isFlagged({ tables: [{ ...table, confidence: 0.7 }], issues: [] }), true);
  const reading = { tables: [table], issues: [issue('table-unread', 12), issue('table-ambiguous', 40)] };
  assert.equal(isFlagged(readingBetween(reading, 10, 20)), true);
  assert.equal(isFlagged(readingBetween(reading, 20, 30)), false);
});
