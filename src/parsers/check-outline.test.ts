import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOutline } from './check-outline.ts';
import { extractOutline } from './extract-outline.ts';
import { toLines } from './test-lines.ts';

test('a 第二节 with no 第一节 before it is reported with its line', () => {
  const outline = extractOutline(toLines(['第七章 民生', '第一节 教育', '第八章', '优化社会治理环境', '加强民主法治建设', '第二节 推动社会信用建设'].join('\n')));
  const issues = checkOutline(outline);
  assert.deepEqual(issues.map((i) => [i.code, i.line]), [['outline-gap', 6]]);
  assert.match(issues[0]!.message, /第八章“优化社会治理环境”下的“第二节”之前缺少编号 1 的标题/);
});

test('complete numbering gives no issue', () => {
  assert.deepEqual(checkOutline(extractOutline(toLines('一、甲\n（一）乙\n（二）丙\n二、丁\n'))), []);
});

test('chapters numbered through the 篇 (第二篇 opens with 第三章) are no gap; a chapter skipped across 篇 is', () => {
  const through = extractOutline(toLines('第一篇 甲\n第一章 子\n第二章 丑\n第二篇 乙\n第三章 寅\n第三篇 丙\n第四章 卯\n'));
  assert.deepEqual(checkOutline(through), []);
  const afresh = extractOutline(toLines('第一篇 甲\n第一章 子\n第二篇 乙\n第一章 丑\n'));
  assert.deepEqual(checkOutline(afresh), []);
  const skipped = extractOutline(toLines('第一篇 甲\n第一章 子\n第二章 丑\n第二篇 乙\n第四章 寅\n'));
  assert.deepEqual(checkOutline(skipped).map((i) => i.line), [5]);
});
