import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Indicator, SourceLine } from '../domain/index.ts';
import { unreadCells, unreadRows } from './table-doubts.ts';

const linesOf = (texts: readonly string[]): SourceLine[] => texts.map((text, i) => ({ line: i + 1, text, position: { page: null } }));
const readAt = (...lines: number[]) => lines.map((line) => ({ line }) as Indicator);

test('value lines inside a table that no row read stands near are reported with their range', () => {
  const lines = linesOf([
    '表1 主要指标', '指标\t2020年\t2025年', '地区生产总值\t100\t150', '一般公共预算收入\t10\t15', '常住人口\t50\t55',
    '', '', '', '科技\t人才\t3 4', '城镇新增就业 1.2 1.3 万人',
  ]);
  const [issue] = unreadRows(lines, 1, lines.length, readAt(3, 4, 5), lines[0]);
  assert.equal(issue.code, 'table-unread');
  assert.match(issue.message, /第 9–10 行/);
});

test('rows printed over a few lines each, every one read, give no issue', () => {
  const lines = linesOf(['表1 主要指标', '指标 2020年 2025年', '预期', '地区生产总值  100  150', '性', '预期', '人口  50  55', '性']);
  assert.deepEqual(unreadRows(lines, 1, lines.length, readAt(4, 7), lines[0]), []);
});

test('a caption followed by cells one per line that no reading explains is reported, not dropped', () => {
  const lines = linesOf([
    '表 1 教育事业发展主要指标', '编', '计量单 202', '2025 年目 年均增长', '指标属', '分类', '主要指标', '0', '年', '号', '位',
    '%', '98.5 99 以上', '—', '学前三年毛入园率', '预期性', '学前教 1', '2', '%', '86', '≥90', '—', '育',
  ]);
  const [issue] = unreadCells(lines, 1, lines[0]);
  assert.equal(issue.code, 'table-unread');
  assert.equal(issue.line, 2);
});

test('prose after a line naming 主要指标 is no table', () => {
  const lines = linesOf(['“十四五”时期主要指标', '到2025年，地区生产总值达到650亿元左右，一般公共预算收入达到40亿元。', '第三章 加快构建现代产业体系']);
  assert.deepEqual(unreadCells(lines, 1, lines[0]), []);
});
