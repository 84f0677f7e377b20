import assert from 'node:assert/strict';
import { test } from 'node:test';
import { falseAlarmFell, falseAlarmRise, shrunkFalseAlarms, tallyFalseAlarms } from './known-false-alarms.ts';
import { tallyFamilies, type CaseResult } from './summary.ts';

const outcome = (variant: string, flagged: boolean, exact = true) => ({
  variant, rows: 4, exactRows: exact ? 4 : 1, flagged,
  difference: exact ? undefined : { field: 'name', row: 1, message: 'row 2 name' },
});
const result: CaseResult = {
  family: 'spaces', table: 't',
  outcomes: [outcome('a', true), outcome('b', false), outcome('c', true, false), outcome('d', true)],
};

test('a false alarm is an exact rendering flagged all the same; a wrong one flagged is no false alarm', () => {
  const [tally] = tallyFamilies([result]);
  assert.deepEqual([tally.exactRenderings, tally.falseAlarms], [3, 2]);
});

test('a family fails when more exact renderings are flagged than recorded; a closed gap flagged is counted apart', () => {
  const [plain] = tallyFalseAlarms([result], {});
  assert.deepEqual([plain.counted, plain.closed], [2, 0]);
  assert.equal(falseAlarmRise(plain, 2), undefined);
  assert.match(falseAlarmRise(plain, 1) ?? '', /known-false-alarms\.json allows 1/);
  assert.match(falseAlarmRise(plain) ?? '', /allows 0/, 'a family without a ceiling may have no false alarm');
  assert.ok(falseAlarmFell(plain, 3));
  const [closing] = tallyFalseAlarms([result], { spaces: { t: ['d', 'c'] } });
  assert.deepEqual([closing.counted, closing.closed], [1, 1]);
  assert.equal(falseAlarmRise(closing, 1), undefined, 'a gap that closes flagged does not fail the gate');
  assert.deepEqual(shrunkFalseAlarms({ spaces: 5 }, [closing]), { spaces: 2 }, 'the ceiling falls to today plus the closed gap');
});
