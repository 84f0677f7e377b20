import type { Context } from 'hono';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { createGunzip, gunzip } from 'node:zlib';
import type { CachedAnswer, JsonText } from './cache.ts';
import type { AppEnv } from './env.ts';

const gunzipAsync = promisify(gunzip);

/** What a cached route declares beside its 200: the answer a client's current copy gets. */
export const notModified = { 304: { description: '未变化：请求头 If-None-Match 与当前 ETag 相同（无正文）' } } as const;

/**
 * A read answered from the server's cache (cache.ts) as bytes serialised once, with an ETag that
 * changes with the database's stamp: a client sending it back (If-None-Match) gets 304 and no body.
 * A compressed answer is sent as kept to a client that accepts gzip (every browser) and inflated as it is sent for one
 * that does not: a chunk at a time, so that such clients do not each hold a whole inflated copy (the overview: 1.9 MB).
 * `T` is the route's response type, so the computed answer is still checked against its schema.
 */
export async function cachedJson<T>(c: Context<AppEnv>, key: string, compute: () => Promise<T | JsonText>): Promise<Response> {
  const answer = await c.get('cache').answer(key, compute);
  // no-cache: a browser keeps the answer but asks each time; an unchanged database costs a 304
  const headers: Record<string, string> = { ETag: answer.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  const known = c.req.header('if-none-match')?.split(',').map((t) => t.trim());
  if (known?.includes(answer.etag)) return c.body(null, 304, headers);
  const gzipped = answer.encoding === 'gzip' && acceptsGzip(c.req.header('accept-encoding'));
  if (gzipped) headers['Content-Encoding'] = 'gzip';
  const body = gzipped || answer.encoding !== 'gzip' ? (answer.body as Uint8Array<ArrayBuffer>) : inflating(answer.body);
  return c.body(body, 200, { ...headers, 'Content-Type': 'application/json' });
}

/** The JSON bytes of a gzip body as a stream, inflated while the client reads them. */
function inflating(gzipped: Uint8Array): ReadableStream<Uint8Array> {
  const inflate = createGunzip();
  inflate.end(gzipped);
  return Readable.toWeb(inflate) as ReadableStream<Uint8Array>;
}

/** The answer's JSON bytes, inflated when it is kept compressed. */
export const identityBytes = async (answer: CachedAnswer): Promise<Uint8Array> =>
  answer.encoding === 'gzip' ? gunzipAsync(answer.body) : answer.body;

/** Accept-Encoding lists gzip (or *) without refusing it by q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
    return (coding.trim() === 'gzip' || coding.trim() === '*') && !refused;
  });
}
