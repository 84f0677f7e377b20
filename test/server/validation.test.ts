import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.ts';
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
