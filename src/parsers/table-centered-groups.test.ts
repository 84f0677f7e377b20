import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignCenteredGroups } from './table-centered-groups.ts';

const row = (text = '') => ({ text, pieceOnly: false });
const label = (text: string) => ({ text, pieceOnly: true });

test('labels centred on their groups tile the rows', () => {
  const pieces = [row(), row(), label('经济'), row(), row(), row(), row('民生'), row()];
  const groups = assignCenteredGroups(pieces, false)!.groups.filter((_, i) => !pieces[i].pieceOnly);
  assert.deepEqual(groups, ['经济', '经济', '经济', '经济', '民生', '民生', '民生']);
});

test('a label at the top of a merged cell a page break cuts heads its rows; the centred labels around it keep theirs', () => {
  // 就业收入 centred on rows 0–3; 教育文化 printed just above its first row (its cell runs onto the next
  // page); 健康养老 centred on rows 10–13
  const pieces = [
    row(), row(), label('就业收入'), row(), row(),
    label('教育文化'), row(), row(), row(), row(), row(), row(),
    row(), row(), label('健康养老'), row(), row(),
  ];
  const groups = assignCenteredGroups(pieces, false)!.groups.filter((_, i) => !pieces[i].pieceOnly);
  assert.deepEqual(groups, [
    ...Array(4).fill('就业收入'), ...Array(6).fill('教育文化'), ...Array(4).fill('健康养老'),
  ]);
});

test('labels printed on rows only (none between rows) may head even groups: the balanced tiling is kept and the doubt said', () => {
  // 3 + 3 + 2 rows centre the labels; so do 4 + 2 + 2 (创新 on the upper middle row of four) and
  // 3 + 2 + 3 (绿色 on the lower row of two): rows 4 and 6 are in doubt
  const pieces = [row(), row('创新'), row(), row(), row('绿色'), row(), row('民生'), row()];
  const read = assignCenteredGroups(pieces, false)!;
  assert.deepEqual(read.groups, ['创新', '创新', '创新', '绿色', '绿色', '绿色', '民生', '民生']);
  assert.deepEqual(read.doubtful, [false, false, false, true, false, true, false, false]);
});

test('a table that prints labels between rows settles the tiling: no row in doubt', () => {
  const pieces = [row(), row(), label('经济'), row(), row(), row(), row('民生'), row()];
  assert.ok(assignCenteredGroups(pieces, false)!.doubtful.every((d) => !d));
});
