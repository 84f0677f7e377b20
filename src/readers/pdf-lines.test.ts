import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageLines, readPageText, type PlacedText } from './pdf-lines.ts';
import { unifyRadicals } from './cjk-radicals.ts';

const run = (text: string, x: number, y: number, size = 12): PlacedText => ({ text, x, y, width: text.length * size, size });

test('runs on one baseline form one line in x order; lines run from the top of the page down', () => {
  const items = [run('发展', 56, 700), run('第二章', 20, 700.4), run('目标', 80, 700), run('正文', 20, 680)];
  assert.deepEqual(pageLines(items), ['第二章发展目标', '正文']);
});

test('a small gap is a space between words, a wide gap a TAB between cells', () => {
  const items = [{ ...run('Word', 20, 700), width: 30 }, run('2020', 53, 700), run('预期性', 120, 700)];
  assert.deepEqual(pageLines(items), ['Word 2020\t预期性']);
});

test('rows of a table are put under their columns, an empty cell left as an empty string', () => {
  const items = [
    run('指标', 20, 700), run('2020年', 200, 700), run('2025年', 300, 700), run('属性', 400, 700),
    run('常住人口城镇化率', 20, 680), run('61.52', 200, 680), run('70', 300, 680), run('预期性', 400, 680),
    run('绿色出行比例', 20, 660), run('≥70', 300, 660), run('预期性', 400, 660),
  ];
  assert.deepEqual(pageLines(items), ['指标\t2020年\t2025年\t属性', '常住人口城镇化率\t61.52\t70\t预期性', '绿色出行比例\t\t≥70\t预期性']);
});

test('blank and zero-size runs are ignored', () => {
  assert.deepEqual(pageLines([run(' ', 10, 700), { ...run('x', 10, 690), size: 0 }, run('文字', 10, 680)]), ['文字']);
});

test('CJK radical code points become unified ideographs; other compatibility characters stay', () => {
  assert.equal(unifyRadicals('⼈⺠⽣活⻓江⻔⼾ ﹥5 Ⅲ m² ①'), '人民生活长江门户 ﹥5 Ⅲ m² ①');
  assert.equal(unifyRadicals('⼾籍⾭年⿈河'), '户籍青年黄河');
  assert.equal(unifyRadicals('⸺以人为本'), '——以人为本');
});

const line = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 10, size: 10 });

test('a paragraph wrapped over lines is joined again; an indented or short-line start begins a new one', () => {
  const items = [
    line('一、总体要求', 20, 800),
    line('到2025年，常住人口城镇化率达', 40, 780), // indented first line, reaches the right margin
    line('到75%左右，户籍人口城镇化率达到', 20, 765),
    line('68%。', 20, 750),
    line('新段落从缩进开始，写满一整行', 40, 735),
  ];
  assert.deepEqual(pageLines(items), [
    '一、总体要求',
    '到2025年，常住人口城镇化率达到75%左右，户籍人口城镇化率达到68%。',
    '新段落从缩进开始，写满一整行',
  ]);
});

test('wrapped Latin words are joined with a space; table rows are never joined', () => {
  const items = [
    line('Word wrap joins with a space here', 20, 800),
    line('and a second full line of words.', 20, 785),
    line('end.', 20, 770),
    line('指标', 20, 750), line('2025年', 300, 750),
    line('常住人口城镇化率', 20, 735), line('70', 300, 735),
  ];
  assert.deepEqual(pageLines(items), ['Word wrap joins with a space here and a second full line of words. end.', '指标\t2025年', '常住人口城镇化率\t70']);
});

test('a sentence ending at the margin before a heading or a short of it ends the paragraph', () => {
  const items = [
    line('推进新型城镇化高质量发展，建设美丽', 20, 800),
    line('宜居城市，提升城市品质和治理水平。', 20, 785), // ends with 。 at the margin
    line('四、优化城镇化空间格局', 20, 770),
    line('推进新型城镇化高质量发展，建设美丽', 20, 755),
    line('宜居城市，提升城市治理水平。', 20, 740), // ends with 。 two characters short
    line('下一段没有缩进也不会接上去。', 20, 725),
  ];
  assert.deepEqual(pageLines(items), [
    '推进新型城镇化高质量发展，建设美丽宜居城市，提升城市品质和治理水平。',
    '四、优化城镇化空间格局',
    '推进新型城镇化高质量发展，建设美丽宜居城市，提升城市治理水平。',
    '下一段没有缩进也不会接上去。',
  ]);
});

test('a page number printed at the top or bottom of the page is not a line of the plan', () => {
  for (const number of ['— 3 —', '- 12 -', '3', '第 3 页', '3 / 40']) {
    const items = [line('页眉以下的正文', 20, 800), line('2025年目标', 40, 785), line(number, 200, 40)];
    assert.deepEqual(pageLines(items), ['页眉以下的正文', '2025年目标'], number);
  }
  assert.deepEqual(pageLines([line('12', 200, 820), line('正文', 20, 800), line('2020', 40, 785)]), ['正文', '2020']);
});

test('a lone number at the usual line spacing is a table cell, not a page number', () => {
  const cells = [line('7．农民工随迁子女在公办学校接受义务教育比例（%）', 20, 100), line('-', 20, 85), line('87', 20, 70)];
  assert.deepEqual(pageLines(cells), ['7．农民工随迁子女在公办学校接受义务教育比例（%）', '-', '87']);
});

test('a page tells whether its last line runs on to the next page and its first carries on the last page', () => {
  const runningOn = readPageText([
    line('一、总体要求', 20, 800),
    line('到2025年，常住人口城镇化率达', 40, 780),
    line('到75%左右，户籍人口城镇化率达', 20, 765), // fills the line, no full stop: runs on
    line('— 3 —', 100, 40),
  ]);
  assert.deepEqual([runningOn.carriesOn, runningOn.runsOn], [false, true]);
  const carryingOn = readPageText([line('到70%。城市功能更加完善，', 20, 800), line('品质不断提升，治理能力增强。', 20, 785), line('四、空间格局', 20, 770)]);
  assert.deepEqual([carryingOn.carriesOn, carryingOn.runsOn], [true, false]);
});

test('a printed full-width space keeps 第一章　发展基础 in one cell; a wide run of spaces still separates cells', () => {
  const items = [
    line('第一章', 20, 800), { text: '　', x: 50, y: 800, width: 10, size: 10 }, line('发展基础', 60, 800),
    line('城镇化率', 20, 780), { text: '      ', x: 60, y: 780, width: 60, size: 10 }, line('70', 120, 780),
  ];
  assert.deepEqual(pageLines(items), ['第一章　发展基础', '城镇化率\t70']);
});

test('pieces of wrapped cells stand in their column; a short heading after the table stays outside it', () => {
  const items = [
    line('城镇化质量', 20, 800), line('常住人口城镇', 150, 800), line('61.52', 300, 800), line('70', 400, 800),
    line('化率（%）', 150, 785),
    line('公共服务', 20, 770),
    line('人均寿命', 150, 755), line('77.5', 300, 755), line('78.5', 400, 755),
    line('（岁）', 150, 740),
    line('（二）提升品质', 20, 710),
  ];
  assert.deepEqual(pageLines(items), [
    '城镇化质量\t常住人口城镇\t61.52\t70', '\t化率（%）\t\t', '公共服务\t\t\t', '\t人均寿命\t77.5\t78.5', '\t（岁）\t\t', '（二）提升品质',
  ]);
});
