/**
 * Read results (the overview, the 总览, evaluations, indicator tables) kept while the database's stamp
 * (services/overview-summaries.ts getOverviewStamp: newest audit id, newest refresh, plans) is unchanged,
 * at most `limit` of them, least recently used dropped first. A write of any process — this server, the
 * CLI, another server on the same PostgreSQL — changes the stamp, so it shows on the next read; a hit
 * costs one cheap query. Values are promises so that concurrent requests share one computation.
 */
export class ReadCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private stamp: string | undefined;

  constructor(
    private readonly stampNow: () => Promise<string>,
    private readonly limit = 1000,
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.stampNow();
    if (stamp !== this.stamp) {
      this.entries.clear();
      this.stamp = stamp;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, value);
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/** fn over items, at most `width` at a time, results in input order. */
export async function mapLimited<T, R>(items: readonly T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  }));
  return out;
}
