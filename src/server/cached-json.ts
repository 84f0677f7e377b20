import type { Context } from 'hono';
import type { JsonText } from './cache.ts';
import type { AppEnv } from './env.ts';

/** What a cached route declares beside its 200: the answer a client's current copy gets. */
export const notModified = { 304: { description: '未变化：请求头 If-None-Match 与当前 ETag 相同（无正文）' } } as const;

/**
 * A read answered from the server's cache (cache.ts) as bytes serialised once, with an ETag that
 * changes with the database's stamp: a client sending it back (If-None-Match) gets 304 and no body.
 * `T` is the route's response type, so the computed answer is still checked against its schema.
 */
export async function cachedJson<T>(c: Context<AppEnv>, key: string, compute: () => Promise<T | JsonText>): Promise<Response> {
  const { body, etag } = await c.get('cache').answer(key, compute);
  // no-cache: a browser keeps the answer but asks each time; an unchanged database costs a 304
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  const known = c.req.header('if-none-match')?.split(',').map((t) => t.trim());
  if (known?.includes(etag)) return c.body(null, 304, headers);
  return c.body(body as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'application/json' });
}
