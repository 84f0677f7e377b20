import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluatePlanDocument } from '../../src/services/index.ts';

const root = resolve(import.meta.dirname, '..', '..');
const folder = join(root, 'examples', 'plans');
const observationsFile = join(root, 'examples', 'data', 'observations.csv');
const statuses = ['achieved', 'ahead', 'on-track', 'lagging', 'regressing', 'not-achieved', 'no-data', 'not-assessable'];

test('every seed plan is judged with the real observations: counts add up, every verdict explained', async () => {
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
    const { evaluation: e, problems } = await evaluatePlanDocument(join(folder, file), { observationsFile });
    assert.deepEqual(problems, [], file);
    assert.ok(e.indicators.length > 0, `${file}: no target rows`);
    assert.equal(statuses.reduce((n, s) => n + (e.summary[s as keyof typeof e.summary] ?? 0), 0), e.indicators.length, file);
    assert.equal(e.summary.warnings, e.indicators.filter((i) => i.warning).length, file);
    for (const i of e.indicators) {
      assert.ok(statuses.includes(i.status), `${file} ${i.name}`);
      assert.ok(i.explanation.length > 4, `${file} ${i.name}: ${i.explanation}`);
      if (i.status !== 'no-data') assert.ok(i.latest && i.latest.year <= e.asOf, `${file} ${i.name}`);
      if (i.form === 'growth') assert.deepEqual([i.timeProgress, i.completion], [null, null]);
    }
  }
});

test('南通 常住人口城镇化率 70.44 → >74 with 2022 71.79: on track, forecast at risk (worked by hand)', async () => {
  const { evaluation } = await evaluatePlanDocument(join(folder, '001_7c17e6fcf30f2c99.txt'), { observationsFile });
  const u = evaluation.indicators.find((i) => i.name === '常住人口城镇化率')!;
  // τ = 2/5; p = 1.35/3.56 = 0.37921; r = 0.94803; g = √(71.79/70.44) − 1 = 0.9538 %;
  // ŷ = 71.79·1.009538³ = 73.8644 (not > 74); A = (73.8644 − 70.44)/3.56 = 0.9619 ≥ 0.8 → at-risk
  assert.deepEqual([u.direction, u.form, u.timeProgress, u.completion, u.pace, u.status, u.warning], [1, 'level', 0.4, 0.3792, 0.948, 'on-track', null]);
  assert.equal(u.forecast?.outcome, 'at-risk');
  assert.ok(Math.abs(u.forecast!.value - 73.8644) < 0.001, String(u.forecast?.value));
  assert.ok(Math.abs(u.forecast!.anticipated! - 0.9619) < 0.0002, String(u.forecast?.anticipated));
});
