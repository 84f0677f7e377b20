import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { CliIo, CommandContext } from '../../src/cli/command.ts';
import { outlierRulesOf } from '../../src/cli/outlier-options.ts';
import { defaultOutlierRules } from '../../src/domain/index.ts';
import { createApp } from '../../src/server/app.ts';
import { importPlans } from '../../src/services/index.ts';
import { openDatabase } from '../../src/storage/index.ts';

const seed = join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt');
const now = () => new Date('2026-12-04T12:00:00+08:00');
const options = (values: Record<string, string>) => ({ values, positionals: [], io: {} as CliIo }) as CommandContext;

test('--jump-warning, --jump-points and --beyond-target read a share (0.3 or 30%) or points; nonsense is a usage error', () => {
  assert.equal(outlierRulesOf(options({})), undefined);
  assert.deepEqual(outlierRulesOf(options({ 'jump-warning': '0.3' })), { ...defaultOutlierRules, jumpShare: 0.3 });
  assert.deepEqual(outlierRulesOf(options({ 'jump-warning': '30%', 'jump-points': '5', 'beyond-target': '1' })), { jumpShare: 0.3, jumpPoints: 5, beyondTargetShare: 1 });
  for (const bad of ['0', '-0.5', 'half', '']) {
    assert.throws(() => outlierRulesOf(options({ 'jump-warning': bad })), { name: 'UsageError', message: new RegExp(`--jump-warning 应为大于 0 的数.*收到 "${bad}"`) });
  }
});

test('the jump threshold is the one given to plantrack observe and to the server (createApp outlierRules)', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-outliers-'));
  const data = join(dir, 'data');
  const run = async (...args: string[]) => {
    const out = { stdout: '', stderr: '' };
    const io: CliIo = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), env: { PLANTRACK_DATABASE_URL: '' }, cwd: process.cwd(), isTTY: false, now };
    return { code: await main([...args, '--data', data], io), ...out };
  };
  const observe = (year: string, value: string, ...more: string[]) =>
    run('observe', '连云港市', '--indicator', '常住人口城镇化率', '--year', year, '--value', value, '--expected-version', '0', ...more);
  try {
    assert.equal((await run('import', seed)).code, 0);
    assert.equal((await observe('2022', '64.2')).code, 0);
    const strict = await observe('2023', '66', '--jump-points', '1');
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /由 2022 年的 64\.2% 变为 66%，变化 1\.8 个百分点（超过 1 个百分点）/);
    const bad = await observe('2023', '66', '--jump-warning', 'viel');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--jump-warning 应为大于 0 的数/);
    const usual = await observe('2023', '66');
    assert.equal(usual.code, 0, usual.stderr);
    const help = await run('observe', '--help');
    assert.match(help.stdout, /--jump-warning 比上年变化超过的比例（默认 0\.5，即 50%/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await importPlans([seed], { db, by: 'test' });
    const post = (app: ReturnType<typeof createApp>, year: number, value: number) =>
      app.request('/api/observations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ region: '连云港市', indicator: '常住人口城镇化率', year, value, expected_version: 0 }) });
    assert.equal((await post(createApp({ db, now }), 2022, 64.2)).status, 201);
    const strict = createApp({ db, now, outlierRules: { ...defaultOutlierRules, jumpPoints: 1 } });
    const refused = await post(strict, 2023, 66);
    const body = (await refused.json()) as { error: string; message: string };
    assert.deepEqual([refused.status, body.error], [409, 'unconfirmed']);
    assert.match(body.message, /超过 1 个百分点/);
    assert.equal((await post(createApp({ db, now }), 2023, 66)).status, 201, 'the default threshold lets 1.8 points pass');
  } finally {
    await db.close();
  }
});
