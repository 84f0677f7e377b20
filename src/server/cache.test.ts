import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonText, ReadCache } from './cache.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

test('an answer is serialised once per stamp, and its ETag changes with the stamp', async () => {
  let stamp = 'a';
  let computed = 0;
  const cache = new ReadCache(async () => stamp);
  const compute = async () => ({ n: ++computed });
  const first = await cache.answer('k', compute);
  const again = await cache.answer('k', compute);
  assert.equal(again, first);
  assert.equal(text(first.body), '{"n":1}');
  stamp = 'b';
  const after = await cache.answer('k', compute);
  assert.equal(text(after.body), '{"n":2}');
  assert.notEqual(after.etag, first.etag);
});

test('requests arriving together share one stamp query and one computation', async () => {
  let asked = 0;
  let computed = 0;
  const cache = new ReadCache(async () => {
    asked++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return 's';
  });
  const answers = await Promise.all(Array.from({ length: 8 }, () => cache.answer('k', async () => ++computed)));
  assert.deepEqual([asked, computed], [1, 1]);
  assert.equal(new Set(answers).size, 1);
});

test('JSON text is sent as it is; a failed computation is not kept', async () => {
  const cache = new ReadCache(async () => 's');
  assert.equal(text((await cache.answer('t', async () => new JsonText('{"a": 1}'))).body), '{"a": 1}');
  await assert.rejects(cache.answer('f', async () => { throw new Error('boom'); }));
  assert.equal(text((await cache.answer('f', async () => [1])).body), '[1]');
});

test('a shared value is computed once per stamp for every answer cut from it', async () => {
  let stamp = 'a';
  let computed = 0;
  const cache = new ReadCache(async () => stamp);
  const whole = () => cache.shared('whole', async () => ({ n: ++computed, items: [1, 2, 3, 4] }));
  const page = (from: number) => cache.answer(`page:${from}`, async () => (await whole()).items.slice(from, from + 2));
  assert.equal(text((await page(0)).body), '[1,2]');
  assert.equal(text((await page(2)).body), '[3,4]');
  assert.equal(computed, 1);
  stamp = 'b';
  await page(0);
  assert.equal(computed, 2);
});
