import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutlineNode } from '../domain/index.ts';
import { extractOutline } from './extract-outline.ts';
import { toLines } from './test-lines.ts';

const flat = (nodes: OutlineNode[]): string[] => nodes.flatMap((n) => [`${n.level} ${n.label} ${n.title} @${n.line}`, ...flat(n.children)]);

test('a table of contents whose entries look exactly like headings is not the outline', () => {
  const doc = ['某县“十四五”规划', '目  录', '第一章 发展基础', '第一节 主要成就', '第二章 总体要求', '', '前 言', '为了……制定本规划。',
    '第一章 发展基础', '正文。', '第一节 主要成就', '正文。', '第二章 总体要求', '正文。'].join('\n');
  assert.deepEqual(flat(extractOutline(toLines(doc))), ['1 第一章 发展基础 @9', '2 第一节 主要成就 @11', '1 第二章 总体要求 @13']);
});

test('entries with page numbers or dot leaders are skipped even without a 目录 line', () => {
  const doc = ['第一章 发展基础\t3', '第二章 总体要求……………12', '第一章 发展基础', '第二章 总体要求'].join('\n');
  assert.deepEqual(flat(extractOutline(toLines(doc))), ['1 第一章 发展基础 @3', '1 第二章 总体要求 @4']);
});

test('with 篇, 篇 = 1, 章 = 2, 节 = 3; a 序言 is not counted', () => {
  const doc = [' 序  言', '正文。', '第一篇  规划基础', '第一章  发展基础', '第一节  成就', '第二篇  总体要求', '第一章  指导思想'].join('\n');
  assert.deepEqual(flat(extractOutline(toLines(doc))), [
    '1 第一篇 规划基础 @3', '2 第一章 发展基础 @4', '3 第一节 成就 @5', '1 第二篇 总体要求 @6', '2 第一章 指导思想 @7',
  ]);
});

test('a label alone on its line takes its title from the next non-empty line', () => {
  const doc = ['第三章', '', '不断提高发展质效  着力打造实力海州', '正文。', '第一节 优化全区产业布局'].join('\n');
  assert.deepEqual(flat(extractOutline(toLines(doc))), ['1 第三章 不断提高发展质效  着力打造实力海州 @1', '2 第一节 优化全区产业布局 @5']);
});

test('一、/（一）/1. plans: 1. is a heading on a short line, a list item otherwise', () => {
  const doc = [
    '一、发展基础', '(一) 主要成就', '1.人口集聚', '正文。', '2.城镇化率达到70%，比上年提高1个百分点。',
    '（二）深化土地管理制度改革。', '\t3.常住人口城镇化率（%）\t70\t74', '二、总体要求',
    '（一）加强组织协调。全面贯彻落实习近平新时代中国特色社会主义思想，健全工作机制。',
  ].join('\n');
  assert.deepEqual(flat(extractOutline(toLines(doc))), [
    '1 一、 发展基础 @1', '2 （一） 主要成就 @2', '3 1. 人口集聚 @3', '2 （二） 深化土地管理制度改革 @6', '1 二、 总体要求 @8', '2 （一） 加强组织协调 @9',
  ]);
});

test('in a 章/节 plan, 一、 and 1. lines are list items, not headings', () => {
  const doc = ['第一章 总体要求', '一、坚持党的领导', '1.创新驱动', '第一节 指导思想'].join('\n');
  assert.deepEqual(flat(extractOutline(toLines(doc))), ['1 第一章 总体要求 @1', '2 第一节 指导思想 @4']);
});

test('prose that starts like a label is not a heading; messy text never throws', () => {
  const doc = ['第一章规定的各项任务，要在2025年前全面完成，各部门要抓好落实并定期报告进展情况，确保取得实效。', '\u0000\u0001', '一、', '（', ''].join('\n');
  assert.deepEqual(extractOutline(toLines(doc)), []);
});

test('an indented heading still counts; a table row with cells or an indented 1. item does not', () => {
  const doc = ['\t第一章 发展基础', '第一节\t主要成就', '\t一、经济发展\t6.5\t7', '  1.重大项目'].join('\n');
  assert.deepEqual(flat(extractOutline(toLines(doc))), ['1 第一章 发展基础 @1', '2 第一节 主要成就 @2']);
});

test('第一部分 stands where 篇 would', () => {
  const doc = ['第一部分 发展环境', '第一章 发展基础', '第二部分 总体要求', '第二章 指导思想'].join('\n');
  assert.deepEqual(flat(extractOutline(toLines(doc))), ['1 第一部分 发展环境 @1', '2 第一章 发展基础 @2', '1 第二部分 总体要求 @3', '2 第二章 指导思想 @4']);
});
