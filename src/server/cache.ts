/**
 * Read results (evaluations, indicator tables, the overview) kept until the next successful write,
 * at most `limit` of them, least recently used dropped first. Values are promises so that concurrent
 * requests for the same plan share one evaluation.
 */
export class ReadCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly limit = 1000) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
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

  clear(): void {
    this.entries.clear();
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
