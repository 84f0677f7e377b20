import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const plantrack = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'plantrack.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PLANTRACK_DATABASE_URL: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

test('plantrack observe, history, template and catalog on the seed plans and examples/data/observations.csv', () => {
  const data = mkdtempSync(join(tmpdir(), 'plantrack-observe-'));
  const seeds = readdirSync(join(root, 'examples', 'plans')).filter((f) => f.endsWith('.txt')).map((f) => join('examples', 'plans', f));
  assert.equal(plantrack('import', ...seeds, '--data', data).status, 0);

  const bad = plantrack('observe', '--file', 'test/fixtures/observations/bad.csv', '--data', data);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /第 3 行 region：未知地区 "连云港海州区"：相近的地区：连云港市海州区/);
  assert.match(bad.stdout, /未导入任何数据/);

  const loaded = plantrack('observe', '--file', 'examples/data/observations.csv', '--confirm', '--data', data, '--by', '统计局');
  assert.equal(loaded.status, 0, loaded.stderr);
  assert.match(loaded.stdout, /新增 58 个数值，修订 3 个/);
  assert.match(loaded.stdout, /^ {2}连云港市 地区生产总值$/m);

  const one = plantrack('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2022', '--value', '63.1', '--expected-version', '1', '--data', data, '--by', '张三');
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /= 63\.1 %（版本 2，原值 63\.08（版本 1）保存在历史中）/);
  const stale = plantrack('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2022', '--value', '64', '--expected-version', '1', '--data', data);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /当前值为 63\.1（版本 2，张三/);
  const unversioned = plantrack('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2022', '--value', '64', '--data', data);
  assert.equal(unversioned.status, 1);
  assert.match(unversioned.stderr, /2022 年已有值 63\.1（版本 2，张三 .*--expected-version 2/);
  const bigGdp = ['observe', '连云港市', '--indicator', '地区生产总值', '--year', '2025', '--value', '99,999', '--data', data];
  const jump = plantrack(...bigGdp);
  assert.equal(jump.status, 1);
  assert.match(jump.stderr, /地区生产总值 由 2024 年的 .* 变为 99999 亿元.*加 --confirm/);
  const confirmed = plantrack(...bigGdp, '--confirm');
  assert.equal(confirmed.status, 0, confirmed.stderr);
  assert.match(confirmed.stdout, /已确认的提醒：地区生产总值 由 2024 年/);
  const age = plantrack('observe', '连云港市', '--indicator', '人均预期寿命', '--year', '2023', '--value=-5', '--confirm', '--data', data);
  assert.equal(age.status, 1);
  assert.match(age.stderr, /人均预期寿命.*50–100 之间，收到 -5 岁/);

  const history = plantrack('history', '连云港市', '--indicator', '常住人口城镇化率', '--year', '2022', '--data', data);
  assert.match(history.stdout, /2022 年 {2}63\.1 % {2}版本 2 {2}张三/);
  assert.match(history.stdout, /原值 63\.08（版本 1，统计局 .* 填报，来源：连云港人口/);

  const template = plantrack('template', '海州区', '--xlsx', join(data, '海州区.xlsx'), '--data', data);
  // the 32 table rows and the 3 text targets it tracks (一般公共预算收入, 产业有效投入, 网格规范化达标率)
  assert.match(template.stdout, /35 个指标 × 2021–2025 年/);
  const back = plantrack('observe', '--file', join(data, '海州区.xlsx'), '--data', data);
  assert.match(back.stdout, /新增 0 个数值，修订 0 个（原值保存在历史中），未变 1 个/);
  const ranged = plantrack('template', '海州区', '--xlsx', join(data, '海州区2024.xlsx'), '--from', '2024', '--to', '2027', '--data', data);
  assert.equal(ranged.status, 0, ranged.stderr);
  assert.match(ranged.stdout, /35 个指标 × 2024–2027 年/);
  const reversed = plantrack('template', '海州区', '--xlsx', join(data, 'x.xlsx'), '--from', '2026', '--to', '2022', '--data', data);
  assert.equal(reversed.status, 1);
  assert.match(reversed.stderr, /填报表的年份范围 2026–2022 无效：起始年不能晚于结束年/);
  assert.equal(plantrack('template', '海州区', '--xlsx', join(data, 'x.xlsx'), '--from', '二〇二四', '--data', data).status, 2);

  const set = plantrack('catalog', 'set', 'gdp', '--synonym', '经济总量', '--department', '统计局综合处', '--data', data, '--by', '管理员');
  assert.equal(set.status, 0, set.stderr);
  const catalog = JSON.parse(plantrack('catalog', '--json', '--data', data).stdout) as { id: string; synonyms: string[]; department: string }[];
  const gdp = catalog.find((e) => e.id === 'gdp')!;
  assert.ok(gdp.synonyms.includes('经济总量'));
  assert.equal(gdp.department, '统计局综合处');
});
