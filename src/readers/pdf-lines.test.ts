import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageLines, type PlacedText } from './pdf-lines.ts';
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
