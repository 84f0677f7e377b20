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

/**
 * seeds/000 as `pdftotext -layout` prints its PDF (LibreOffice): rows centred on their values lines, a
 * long name over three lines; labels centred on the printed lines of their groups (3, 3, 6, 5, 3 rows).
 */
function wrappedTable(oneLine: boolean) {
  const anchors = [1, 3, 5, 7, 10, 12, 14, 17, 20, 23, 26, 28, 30, 32, 34, 36, 37, 38, 40, 43];
  const tall = new Set([1, 3, 4, 6, 7, 8, 9, 10, 12, 14, 18, 19]);
  const labels = new Map([[2, '城镇化质'], [4, '量'], [9, '城镇功能'], [21, '公共服务'], [33, '资源环境'], [41, '城乡治理']]);
  const rows = anchors.map((line, r) => ({ text: '', pieceOnly: false, line, oneLine, length: tall.has(r) ? 24 : 8 }));
  const pieces = [...labels].map(([line, text]) => ({ text, pieceOnly: true, line, oneLine }));
  return [...rows, ...pieces].sort((a, b) => a.line - b.line || Number(a.pieceOnly) - Number(b.pieceOnly));
}

const sizes = (groups: ReadonlyArray<string | null>) => groups.reduce<number[]>((runs, g, i) => {
  if (i > 0 && g === groups[i - 1]) runs[runs.length - 1]++;
  else runs.push(1);
  return runs;
}, []);

test('where rows wrap over several lines, labels are centred on printed lines, not on the count of rows', () => {
  const pieces = wrappedTable(true);
  const groups = assignCenteredGroups(pieces, false)!.groups.filter((_, i) => !pieces[i].pieceOnly);
  assert.deepEqual(sizes(groups), [3, 3, 6, 5, 3]);
});

test('rows read from cells on several lines (no values line known) are counted in rows', () => {
  const pieces = wrappedTable(false);
  const groups = assignCenteredGroups(pieces, false)!.groups.filter((_, i) => !pieces[i].pieceOnly);
  assert.notDeepEqual(sizes(groups), [3, 3, 6, 5, 3]);
});

test('labels on lines of their own between one-line rows (Chromium\'s PDF read back) are counted in rows', () => {
  // seeds/003 表2 as read back: one line per row; labels alone between rows, or on a row's line (社会, 高)
  const anchors = [3, 4, 5, 6, 7, 8, 10, 12, 13, 14, 15, 16, 17, 18, 20, 22, 23, 25, 27, 28, 30, 32, 34];
  const onRows = new Map([[28, '社会'], [32, '高']]);
  const alone = new Map([[9, '经济'], [11, '强'], [19, '百姓'], [21, '富'], [24, '环境'], [26, '美'], [29, '文明'], [31, '程度'], [33, '安全'], [35, '保障']]);
  const rows = anchors.map((line) => ({ text: onRows.get(line) ?? '', pieceOnly: false, line, oneLine: true, length: 10 }));
  const pieces = [...alone].map(([line, text]) => ({ text, pieceOnly: true, line, oneLine: true }));
  const all = [...rows, ...pieces].sort((a, b) => a.line - b.line);
  const plain = all.map(({ text, pieceOnly }) => ({ text, pieceOnly }));
  assert.deepEqual(assignCenteredGroups(all, false)!.groups, assignCenteredGroups(plain, false)!.groups);
});

test('a page break that cuts a group explains its label at the top of the group: the centred labels around it keep their rows', () => {
  // pdftotext -layout of a LibreOffice PDF: 民生福祉 printed on the first of its rows 6–9, the page
  // breaking before row 9; every other label centred on its group (the province outline)
  const broken = (text = '') => ({ text, pieceOnly: false, afterPageBreak: true });
  const pieces = [
    row(), row('经济发展'), row(), row(), row('创新驱动'), row(), row('民生福祉'), row(), row(), broken(), row(),
    row(), label('绿色'), label('生态'), row(), row(), row(), label('安全'), label('保障'), row(),
  ];
  const groups = assignCenteredGroups(pieces, false)!.groups.filter((_, i) => !pieces[i].pieceOnly);
  assert.deepEqual(groups, [
    ...Array(3).fill('经济发展'), ...Array(3).fill('创新驱动'), ...Array(4).fill('民生福祉'),
    ...Array(4).fill('绿色生态'), ...Array(2).fill('安全保障'),
  ]);
});
