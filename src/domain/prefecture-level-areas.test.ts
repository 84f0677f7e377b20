import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prefectureLevelAreas, prefectureShortName, splitPrefectureLevelArea } from './prefecture-level-areas.ts';

test('the list holds the 333 prefecture-level divisions once each: 293 cities, 7 地区, 30 自治州, 3 盟', () => {
  const names = prefectureLevelAreas.map((area) => area.name);
  assert.equal(new Set(names).size, 333);
  const count = (ending: RegExp) => names.filter((name) => ending.test(name)).length;
  assert.deepEqual([count(/市$/), count(/地区$/), count(/自治州$/), count(/盟$/)], [293, 7, 30, 3]);
});

test('a division’s short name drops its kind and the peoples an autonomous prefecture is named after', () => {
  const short = ['武汉市', '恩施土家族苗族自治州', '海西蒙古族藏族自治州', '伊犁哈萨克自治州', '喀什地区', '锡林郭勒盟', '白山市']
    .map(prefectureShortName);
  assert.deepEqual(short, ['武汉', '恩施', '海西', '伊犁', '喀什', '锡林郭勒', '白山']);
});

test('a text opening with a division’s name, full or short, is split there, with the province it is in', () => {
  assert.deepEqual(splitPrefectureLevelArea('武汉东湖'), { name: '武汉市', province: '湖北省', rest: '东湖' });
  assert.deepEqual(splitPrefectureLevelArea('喀什地区行政公署'), { name: '喀什地区', province: '新疆维吾尔自治区', rest: '行政公署' });
  assert.deepEqual(splitPrefectureLevelArea('张家界'), { name: '张家界市', province: '湖南省', rest: '' });
  assert.equal(splitPrefectureLevelArea('东湖'), undefined);
});
