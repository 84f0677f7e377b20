import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readGroups } from './table-groups.ts';

const row = (text = '', more: { seq?: string; afterPageBreak?: boolean } = {}) => ({ text, pieceOnly: false, ...more });

// 经济 3 rows, 民生 2, 生态 1 at the top — or 经济 2, 民生 3, 生态 1 centred: the labels stand alike
const labels = ['经济', '', '', '民生', '', '生态'];

test('labels on rows that centring fits as well as the top: the top reading is kept, the rows read otherwise in doubt', () => {
  const read = readGroups(labels.map((l) => row(l)));
  assert.deepEqual(read.groups, ['经济', '经济', '经济', '民生', '民生', '生态']);
  assert.deepEqual(read.doubtful, [false, false, true, false, false, false]);
});

test('a Word or typed table prints labels at the top: no doubt', () => {
  assert.ok(readGroups(labels.map((l) => row(l)), true).doubtful.every((d) => !d));
});

test('labels centring cannot fit (the last group left without one) are top labels, without doubt', () => {
  const read = readGroups(['经济', '', '', '', '民生', ''].map((l) => row(l)));
  assert.deepEqual(read.groups, ['经济', '经济', '经济', '经济', '民生', '民生']);
  assert.ok(read.doubtful.every((d) => !d));
});

test('a 序号 restarting at 1 settles where groups start', () => {
  const centred = readGroups(labels.map((l, i) => row(l, { seq: String([1, 2, 1, 2, 3, 1][i]) })));
  assert.deepEqual(centred.groups, ['经济', '经济', '民生', '民生', '民生', '生态']);
  assert.ok(centred.doubtful.every((d) => !d));
  const top = readGroups(labels.map((l, i) => row(l, { seq: String([1, 2, 3, 1, 2, 1][i]) })));
  assert.deepEqual(top.groups, ['经济', '经济', '经济', '民生', '民生', '生态']);
  assert.ok(top.doubtful.every((d) => !d));
});

test('a group cut by a page break shows its label before the break: centring that would hide it is no reading', () => {
  // centred, 民生 would span rows 3–5 with row 3 alone on the first page and no label there
  const read = readGroups(labels.map((l, i) => row(l, { afterPageBreak: i === 3 })));
  assert.ok(read.doubtful.every((d) => !d));
});
