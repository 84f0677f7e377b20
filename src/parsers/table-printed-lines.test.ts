import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printedRows } from './table-printed-lines.ts';

const round = (xs: readonly number[]) => xs.map((x) => Math.round(x * 100) / 100);

test('rows of one line each measure one unit: printed lines change nothing', () => {
  const rows = printedRows([10, 11, 12, 13], 0.5)!;
  assert.deepEqual(round(rows.bounds), [0, 1, 2, 3, 4]);
  assert.equal(rows.yOf(12), 2.5);
});

test('the lines between two values lines are split so that each row is balanced about its values', () => {
  // row 0 one line (1); row 1 three lines (2, 3, 4) centred on 3; row 2 one line (5)
  const rows = printedRows([1, 3, 5], 0, [6, 20, 6])!;
  const lines = (y: number) => Math.round(((y * 5) / 3) * 100) / 100;
  assert.deepEqual(rows.bounds.map(lines), [0, 1, 4, 5]);
  // a label printed on the upper line of the tall row stands in its upper third
  assert.equal(lines(rows.yOf(2)), 1.5);
});

test('where the lines could be the outer rows\' as well (3 + 1 + 3 prints like 1 + 3 + 1), the rows of longer text take them', () => {
  // lines 0–2, 3, 4–6 (the outer rows' lines above and below the table are not seen)
  const lines = (bounds: readonly number[]) => bounds.map((y) => Math.round(((y * 7) / 3) * 100) / 100);
  assert.deepEqual(lines(printedRows([1, 3, 5], 0, [30, 6, 30])!.bounds), [0, 3, 4, 7]);
});

test('padding makes one-line rows weigh more against tall ones', () => {
  const bare = printedRows([1, 3, 5], 0, [6, 20, 6])!.bounds;
  const padded = printedRows([1, 3, 5], 1, [6, 20, 6])!.bounds;
  assert.ok(padded[1] - padded[0] > bare[1] - bare[0]);
});

test('anchors that do not increase give no measure', () => {
  assert.equal(printedRows([3, 2], 0), undefined);
});
