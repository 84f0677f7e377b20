import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeTableListNumbers } from './docx-list-numbers.ts';
import { dropRaisedNoteNumbers } from './docx-raised-notes.ts';

// mammoth's document model, as far as these transforms read it
const run = (value: string, fontSize: number | null = 10.5) =>
  ({ type: 'run', fontSize, children: [{ type: 'text', value }] });
const para = (runs: object[], ordered = false) =>
  ({ type: 'paragraph', numbering: ordered ? { isOrdered: true } : null, children: runs });
const cell = (paragraphs: object[], rowSpan = 1) => ({ type: 'tableCell', rowSpan, colSpan: 1, children: paragraphs });
const table = (rows: object[][]) =>
  ({ type: 'table', children: rows.map((cells) => ({ type: 'tableRow', children: cells })) });
const SEPARATOR: Record<string, string> = { tableRow: '|', table: '\n' };
const texts = (e: { type: string; value?: string; children?: object[] }): string =>
  (e.type === 'text' ? e.value! : (e.children ?? []).map((c) => texts(c as never)).join(SEPARATOR[e.type] ?? ''));

test('list-numbered paragraphs of a table column get the numbers Word draws, down the column', () => {
  const doc = { type: 'document', children: [table([
    [cell([para([], true)]), cell([para([run('规模总量')])], 2), cell([para([run('增加值')], true)])],
    [cell([para([], true)]), cell([para([run('企业数')], true)])],
    [cell([para([run('不编号')])]), cell([para([run('新类')])]), cell([para([run('投资')], true)])],
  ])] };
  const numbered = texts(writeTableListNumbers(doc as never) as never);
  assert.equal(numbered, '1|规模总量|1.增加值\n2|2.企业数\n不编号|新类|3.投资');
});

test('a note number set smaller after a word is dropped; a number of the text’s own size stays', () => {
  const p = para([run('工业投资'), run('1', 6), run('（亿元）'), run('2', 6)]);
  assert.equal(texts(dropRaisedNoteNumbers(p as never) as never), '工业投资（亿元）');
  assert.equal(texts(dropRaisedNoteNumbers(para([run('5G基站'), run('1')]) as never) as never), '5G基站1');
  assert.equal(texts(dropRaisedNoteNumbers(para([run('km'), run('2', 6)]) as never) as never), 'km2');
});
