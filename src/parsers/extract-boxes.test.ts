import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Box } from '../domain/index.ts';
import { extractBoxes } from './extract-boxes.ts';
import { toLines } from './test-lines.ts';

const brief = (boxes: Box[]) => boxes.map((b) => [b.title, b.line, b.items.map((i) => [i.line, i.title, i.text])]);

test('lead-phrase items separated by blank lines; two blank lines end the box', () => {
  const doc = ['推动公共服务。', '', '\t专栏3-1 公共服务领域重点工程', '', '教育。扩大学位供给。', '', '社会保障。整合保险制度。', '', '', '增强吸引能力。提升承载力。'];
  assert.deepEqual(brief(extractBoxes(toLines(doc.join('\n')))), [
    ['专栏3-1 公共服务领域重点工程', 3, [[5, '教育', '扩大学位供给。'], [7, '社会保障', '整合保险制度。']]],
  ]);
});

test('a prose paragraph after the items ends the box; a single paragraph box has no item title', () => {
  const doc = ['专栏1：提升工程', '教育质量提升工程。以公办学校为主。', '养老服务支持工程。提升兜底水平。', '维护进城落户农民合法权益。严格杜绝。',
    '专栏2：枢纽型城市建设工程', '加快开工建设南通新机场，成为重要组成部分。', '融入世界经济循环。建设国际一流营商环境。'];
  assert.deepEqual(brief(extractBoxes(toLines(doc.join('\n')))), [
    ['专栏1：提升工程', 1, [[2, '教育质量提升工程', '以公办学校为主。'], [3, '养老服务支持工程', '提升兜底水平。']]],
    ['专栏2：枢纽型城市建设工程', 5, [[6, null, '加快开工建设南通新机场，成为重要组成部分。']]],
  ]);
});

test('numbered items (6.233国道 after 5.) run until an unnumbered line or a heading', () => {
  const doc = ['\t专栏：重大基础设施项目', '\t1.重大产业项目：生物药研发基地等。', '5.城市外环路建设。', '6.233国道海州段工程。', '第三节 推动工业经济', '7.不是专栏。'];
  assert.deepEqual(brief(extractBoxes(toLines(doc.join('\n')))), [
    ['专栏：重大基础设施项目', 1, [[2, '重大产业项目', '生物药研发基地等。'], [3, null, '城市外环路建设。'], [4, null, '233国道海州段工程。']]],
  ]);
});

test('tab-separated boxes: header row skipped, cell names joined, wrapped cells and page breaks continued', () => {
  const doc = ['专栏4：数字技术应用场景示范导向\t', '应用场景\t发展方向', '智慧交通\t打造智慧公路。', '强优企业 培育计划\t培育过 10 亿元企业 30 家；依托重',
    '------\t---', '', '点企业发展。', '产业化', '', '供应链基地；奥特莱斯；朝阳', '\t电商文旅小镇等。', '', '聚焦重点项目。突出重大项目。'];
  assert.deepEqual(brief(extractBoxes(toLines(doc.join('\n')))), [
    ['专栏4：数字技术应用场景示范导向', 1, [[3, '智慧交通', '打造智慧公路。'], [4, '强优企业培育计划', '培育过 10 亿元企业 30 家；依托重点企业发展。'],
      [8, '产业化', '供应链基地；奥特莱斯；朝阳电商文旅小镇等。']]],
  ]);
});

test('numbered group names (1、海州区) stay items of their own; a figure caption ends the box', () => {
  const doc = ['\t专栏3-6 重点特色镇', '1、海州区', '浦南镇：以机械制造为主导。', '2、赣榆区', '海头镇：以滨海旅游为主导。', ' 图3-2 城镇体系', '海头镇：不在专栏里。'];
  assert.deepEqual(brief(extractBoxes(toLines(doc.join('\n')))), [
    ['专栏3-6 重点特色镇', 1, [[2, null, '海州区'], [3, '浦南镇', '以机械制造为主导。'], [4, null, '赣榆区'], [5, '海头镇', '以滨海旅游为主导。']]],
  ]);
});

test('text mentioning 专栏 in a sentence is not a box; messy input never throws', () => {
  assert.deepEqual(extractBoxes(toLines('详见专栏3-1。各地要按专栏要求落实。\n专栏\n\u0000\t\t\n')), []);
});

test('a box label alone on its line (or in 【】) takes its name from the next line', () => {
  const doc = ['【专栏2】', '', '重点交通工程', '', '轨道交通：建设城际铁路。', '', '', '专栏 3', '民生实事：新建学校10所。'];
  assert.deepEqual(brief(extractBoxes(toLines(doc.join('\n')))), [
    ['专栏2 重点交通工程', 1, [[5, '轨道交通', '建设城际铁路。']]],
    ['专栏 3', 8, [[9, '民生实事', '新建学校10所。']]],
  ]);
});

test('a page number printed inside a box (a PDF page break) is skipped, the cut item continued', () => {
  const doc = ['专栏5 韧性城市建设工程', '防洪内涝治理工程：统筹海绵城市建设和防洪排', '- 23 -', '涝设施建设。', '应急物资储备工程：建设储备库。'];
  assert.deepEqual(brief(extractBoxes(toLines(doc.join('\n')))), [
    ['专栏5 韧性城市建设工程', 1, [[2, '防洪内涝治理工程', '统筹海绵城市建设和防洪排涝设施建设。'], [5, '应急物资储备工程', '建设储备库。']]],
  ]);
});
