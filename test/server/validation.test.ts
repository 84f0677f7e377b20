import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.ts';
import { join } from 'node:path';
import { importPlans } from '../../src/services/index.ts';
import { openDatabase } from '../../src/storage/index.ts';
import { appWithUsers } from './harness.ts';

interface ErrorBody {
  error: string;
  message: string;
  details: { field?: string } | null;
}

test('refused requests answer 4xx JSON naming the field, never a stack', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const { login } = await appWithUsers(db);
    const admin = await login('admin');
    const cases: Array<[unknown, number, string]> = [
      [{ region: '连云港市', indicator: '常住人口城镇化率', year: '二〇二三', value: 66 }, 400, 'year'],
      [{ region: '连云港市', indicator: '常住人口城镇化率', year: 2023 }, 400, 'value'],
      [{ indicator: '常住人口城镇化率', year: 2023, value: 66 }, 400, 'region'],
      [{ region: '连云港市', indicator: '常住人口城镇化率', year: 2023, value: 66, source_url: 'not a url' }, 400, 'source_url'],
      [{ region: '连云港市', indicator: '常住人口城镇化率', year: 2023, value: 66, colour: 'red' }, 400, ''],
    ];
    for (const [body, status, field] of cases) {
      const response = await admin.request('/api/observations', { method: 'POST', json: body });
      assert.equal(response.status, status, JSON.stringify(body));
      const answer = (await response.json()) as ErrorBody;
      assert.equal(answer.error, 'invalid-input');
      if (field) assert.equal(answer.details?.field, field);
      assert.match(answer.message, /[\u4e00-\u9fff]/);
      assert.doesNotMatch(JSON.stringify(answer), /at .*\.ts:\d+/);
    }
    const broken = await admin.request('/api/observations', { method: 'POST', body: '{"region":', headers: { 'content-type': 'application/json' } });
    assert.equal(broken.status, 400);
    const unknown = await admin.request('/api/nothing/<script>');
    assert.equal(unknown.status, 404);
    assert.match(unknown.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(unknown.headers.get('x-content-type-options'), 'nosniff');
  } finally {
    await db.close();
  }
});

test('bodies over the limit get 413; uploads of the wrong type get 415 with a Chinese message', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const app = createApp({ db, bodyLimit: 1000, uploadLimit: 5000 });
    const big = await app.request('/api/observations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note: 'x'.repeat(2000) }) });
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as ErrorBody).error, 'too-large');
    const upload = (name: string, bytes: string) => {
      const form = new FormData();
      form.append('file', new File([bytes], name));
      return app.request('/api/plans', { method: 'POST', body: form });
    };
    const exe = await upload('规划.exe', 'MZ');
    assert.equal(exe.status, 415);
    assert.match(((await exe.json()) as ErrorBody).message, /不支持的文件类型“\.exe”.*\.docx/);
    assert.equal((await upload('规划.txt', '十'.repeat(3000))).status, 413);
    const json = await app.request('/api/plans', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(json.status, 415);
    assert.match(((await json.json()) as ErrorBody).message, /multipart\/form-data/);
    const noFile = new FormData();
    noFile.append('other', 'x');
    const missing = await app.request('/api/plans', { method: 'POST', body: noFile });
    assert.equal(missing.status, 400);
    assert.equal(((await missing.json()) as ErrorBody).details?.field, 'file');
  } finally {
    await db.close();
  }
});

test('observations over HTTP: one set of rules, 409 for a stale or missing version, 409 unconfirmed until confirm', { timeout: 300_000 }, async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await importPlans([join(import.meta.dirname, '..', '..', 'examples', 'plans', '000_6672659702fb4163.txt')], { db, by: 'test' });
    const app = createApp({ db, now: () => new Date('2026-12-04T12:00:00+08:00') });
    const post = async (body: Record<string, unknown>) => {
      const response = await app.request('/api/observations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ region: '连云港市', ...body }) });
      return { status: response.status, body: (await response.json()) as ErrorBody & { details: { warnings?: Array<{ code: string }>; reason?: string } } };
    };
    const urbanization = { indicator: '常住人口城镇化率', unit: '%' };
    assert.equal((await post({ ...urbanization, year: 2023, value: 64.2 })).status, 201);
    const unversioned = await post({ ...urbanization, year: 2023, value: 65 });
    assert.deepEqual([unversioned.status, unversioned.body.error, unversioned.body.details.reason], [409, 'conflict', 'version-required']);
    assert.match(unversioned.body.message, /2023 年已有值 64\.2（版本 1，/);
    assert.equal((await post({ ...urbanization, year: 2023, value: 65, expected_version: 0 })).status, 409);
    assert.equal((await post({ ...urbanization, year: 2023, value: 65, expected_version: 1 })).status, 201);
    const stale = await post({ ...urbanization, year: 2023, value: 66, expected_version: 1 });
    assert.equal(stale.status, 409);
    assert.match(stale.body.message, /已被他人修改：当前值为 65（版本 2/);

    const jump = await post({ ...urbanization, year: 2024, value: 95, expected_version: 0 });
    assert.deepEqual([jump.status, jump.body.error, jump.body.details.warnings?.map((w) => w.code)], [409, 'unconfirmed', ['jump']]);
    assert.match(jump.body.message, /由 2023 年的 65% 变为 95%/);
    assert.equal((await post({ ...urbanization, year: 2024, value: 95, expected_version: 0, confirm: true })).status, 201);

    const refused: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ indicator: '人均预期寿命', unit: '岁', year: 2022, value: -5, confirm: true }, 'value', /人均预期寿命.*收到 -5 岁/],
      [{ ...urbanization, year: 2030, value: 70, forecast: true }, 'year', /2030 年不在 连云港市 任何规划的期限内/],
      [{ ...urbanization, year: 2022, value: '101%' }, 'value', /0–100 之间，收到 101/],
      [{ ...urbanization, year: 2022, value: '约莫六十' }, 'value', /既不是数值也不是里程碑词/],
    ];
    for (const [body, field, message] of refused) {
      const answer = await post(body);
      assert.deepEqual([answer.status, answer.body.error, answer.body.details?.field], [400, 'invalid-input', field], JSON.stringify(body));
      assert.match(answer.body.message, message);
    }
    const accepted: Array<[Record<string, unknown>, number | null, string | null]> = [
      [{ indicator: '地区生产总值增长', unit: '%', year: 2022, value: '−1.5 %' }, -1.5, null],
      [{ indicator: '地区生产总值', unit: '亿元', year: 2022, value: '1,050.3' }, 1050.3, null],
      [{ indicator: '空气质量优良天数比率', year: 2022, value: '95以上' }, 95, 'ge'],
    ];
    for (const [body, value, comparator] of accepted) {
      const answer = (await post(body)) as unknown as { status: number; body: { observation: { value: number; comparator: string | null } } };
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      assert.deepEqual([answer.body.observation.value, answer.body.observation.comparator], [value, comparator]);
    }
    const gdpJump = await post({ indicator: '地区生产总值', unit: '亿元', year: 2023, value: '99,999' });
    assert.deepEqual([gdpJump.status, gdpJump.body.error], [409, 'unconfirmed']);
  } finally {
    await db.close();
  }
});
