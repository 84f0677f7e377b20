import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readNoteContext } from './table-notes.ts';

const note = (text: string) => ({ text, line: 1 });

test('a note dating the values of a circled mark is kept for that mark, not folded to a digit', () => {
  const context = readNoteContext([note('注：1.〔 〕内为五年累计数。 2.①森林覆盖率现状值为2019年数据。')]);
  assert.deepEqual(context.markYears, { '①': 2019 });
});

test('a note dating starred values still dates them', () => {
  assert.equal(readNoteContext([note('注：带*的为2019年数据')]).starredYear, 2019);
});
