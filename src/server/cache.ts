import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** Shared values are large (a whole 总览 with every 预警): a few 总览 years at most. */
const sharedLimit = 4;

/**
 * Answers from this size on are kept gzip-compressed: JSON of rows compresses ~10× (a plan's indicator table
 * 43 KB → 3 KB, the national overview 1.9 MB → 180 KB), which cuts the memory the cache holds and the bytes
 * each request writes; below ~1 KB (one packet) the gzip header and a client's inflate are not worth it.
 */
const compressFrom = 1024;
const gzipAsync = promisify(gzip);

/** An answer as sent: its JSON already serialised and compressed (once per stamp, never per request) and its ETag. */
export interface CachedAnswer {
  /** the JSON text's bytes, gzip-compressed when `encoding` says so */
  readonly body: Uint8Array;
  readonly encoding: 'gzip' | undefined;
  readonly etag: string;
}

/** JSON text that is already serialised (a stored evaluation read as text): sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * Read answers (the overview, the 总览, evaluations, indicator tables) kept as the bytes sent while the
 * database's stamp (services/overview-summaries.ts getOverviewStamp: newest audit id, newest refresh,
 * plans) is unchanged, at most `limit` of them, least recently used dropped first. A write of any
 * process — this server, the CLI, another server on the same PostgreSQL — changes the stamp, so it
 * shows on the next read; a hit costs one cheap query, shared by the requests that arrive while it
 * runs. Values are promises so that concurrent requests share one computation.
 */
export class ReadCache {
  private readonly entries = new Map<string, Promise<CachedAnswer>>();
  /** values several answers are cut from (the 总览 its 预警 pages come from), kept for the same stamp */
  private readonly shares = new Map<string, Promise<unknown>>();
  private stamp: string | undefined;
  private etag = '';
  private asking: Promise<string> | undefined;

  constructor(
    private readonly stampNow: () => Promise<string>,
    private readonly limit = 1000,
  ) {}

  /** The answer of `key` as bytes: from the cache while the stamp holds, else computed and serialised once. */
  async answer(key: string, compute: () => Promise<unknown>): Promise<CachedAnswer> {
    const known = this.stamp;
    const checking = this.checkStamp();
    if (known !== undefined && !this.entries.has(key)) {
      // a miss is computed while the stamp is checked (one round trip less): its value holds for `known`
      // when the check finds no write since `known` was read; otherwise the check dropped it, compute again
      const value = this.store(key, compute);
      await checking;
      if (this.stamp === known) return value;
    } else await checking;
    const hit = this.entries.get(key);
    if (!hit) return this.store(key, compute);
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  private store(key: string, compute: () => Promise<unknown>): Promise<CachedAnswer> {
    const etag = this.etag;
    const value = compute().then((v) => serialise(v, etag));
    this.entries.set(key, value);
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /**
   * A value computed once for the current stamp and shared by the answers cut from it (called inside an
   * answer's computation, so the stamp was just checked): the 总览's 预警 pages all come from one 总览.
   */
  shared<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.shares.get(key);
    if (!value) {
      value = compute();
      this.shares.set(key, value);
      value.catch(() => this.shares.delete(key));
      if (this.shares.size > sharedLimit) this.shares.delete(this.shares.keys().next().value!);
    }
    return value as Promise<T>;
  }

  private async checkStamp(): Promise<void> {
    // requests arriving while the stamp query runs share it: under load one query serves them all
    this.asking ??= this.stampNow().finally(() => (this.asking = undefined));
    const stamp = await this.asking;
    if (stamp === this.stamp) return;
    this.entries.clear();
    this.shares.clear();
    this.stamp = stamp;
    this.etag = `W/"${createHash('sha256').update(stamp).digest('base64url').slice(0, 22)}"`;
  }
}

async function serialise(value: unknown, etag: string): Promise<CachedAnswer> {
  const text = Buffer.from(value instanceof JsonText ? value.text : JSON.stringify(value));
  if (text.length < compressFrom) return { body: text, encoding: undefined, etag };
  return { body: await gzipAsync(text), encoding: 'gzip', etag };
}
