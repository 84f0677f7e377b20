import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonText, ReadCache, type CachedAnswer } from './cache.ts';
import { acceptsGzip, identityBytes } from './cached-json.ts';

const text = async (answer: CachedAnswer) => Buffer.from(await identityBytes(answer)).toString();

test('an answer is serialised once per stamp, and its ETag changes with the stamp', async () => {
  let stamp = 'a';
  let computed = 0;
  const cache = new ReadCache(async () => stamp);
  const compute = async () => ({ n: ++computed });
  const first = await cache.answer('k', compute);
  const again = await cache.answer('k', compute);
  assert.equal(again, first);
  assert.equal(await text(first), '{"n":1}');
  stamp = 'b';
  const after = await cache.answer('k', compute);
  assert.equal(await text(after), '{"n":2}');
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
  assert.equal(await text(await cache.answer('t', async () => new JsonText('{"a": 1}'))), '{"a": 1}');
  await assert.rejects(cache.answer('f', async () => { throw new Error('boom'); }));
  assert.equal(await text(await cache.answer('f', async () => [1])), '[1]');
});

test('a shared value is computed once per stamp for every answer cut from it', async () => {
  let stamp = 'a';
  let computed = 0;
  const cache = new ReadCache(async () => stamp);
  const whole = () => cache.shared('whole', async () => ({ n: ++computed, items: [1, 2, 3, 4] }));
  const page = (from: number) => cache.answer(`page:${from}`, async () => (await whole()).items.slice(from, from + 2));
  assert.equal(await text(await page(0)), '[1,2]');
  assert.equal(await text(await page(2)), '[3,4]');
  assert.equal(computed, 1);
  stamp = 'b';
  await page(0);
  assert.equal(computed, 2);
});

test('a large answer is kept gzip-compressed and reads back the same; a small one as it is', async () => {
  const cache = new ReadCache(async () => 's');
  const rows = Array.from({ length: 500 }, (_, i) => ({ id: i, status: '预警', region: `基准${i}市` }));
  const large = await cache.answer('large', async () => rows);
  assert.equal(large.encoding, 'gzip');
  assert.ok(large.body.length * 5 < JSON.stringify(rows).length);
  assert.deepEqual(JSON.parse(await text(large)), rows);
  assert.equal((await cache.answer('small', async () => [1])).encoding, undefined);
});

test('a miss computed while the stamp is checked is dropped when a write came in between', async () => {
  let stamp = 'a';
  let state = 'old';
  const cache = new ReadCache(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5)); // the stamp query's round trip
    return stamp;
  });
  await cache.answer('warm', async () => 0); // the stamp is known from here on
  let computed = 0;
  const answer = cache.answer('k', async () => `${state} ${++computed}`);
  stamp = 'b'; // a write committed: the value computed under 'a' may be older than it
  state = 'new';
  assert.equal(await text(await answer), '"new 2"');
  assert.equal(await text(await cache.answer('k', async () => `${state} ${++computed}`)), '"new 2"', 'kept for the new stamp');
});

test('Accept-Encoding: gzip unless refused by q=0', () => {
  assert.deepEqual(
    ['gzip, deflate, br', 'br;q=1.0, gzip;q=0.8', '*', 'gzip;q=0', 'deflate', undefined].map(acceptsGzip),
    [true, true, true, false, false, false],
  );
});
