/**
 * Header-cell roles asked during one extraction. Every candidate reading of every table asks for the roles
 * of the same few words (类别, 指标, 2025年 …), so they are kept — but only while one document is read:
 * `withRoleCache` opens a cache for the extraction and drops it when the extraction returns, so nothing a
 * document printed outlives its reading. Outside an extraction every role is computed afresh.
 */

/** A cache never holds more than this many words (a huge document asks about many distinct pieces). */
const ROLES_KEPT = 20_000;

let current: Map<string, unknown> | undefined;

/** Runs one extraction with a cache of its own (a nested call shares the outer one). */
export function withRoleCache<T>(run: () => T): T {
  if (current) return run();
  current = new Map();
  try {
    return run();
  } finally {
    current = undefined;
  }
}

/** `compute(printed)`, kept for the rest of the extraction when one is running. */
export function cachedRole<T>(printed: string, compute: (printed: string) => T): T {
  const cache = current;
  if (!cache) return compute(printed);
  let role = cache.get(printed) as T | undefined;
  if (role === undefined) {
    if (cache.size >= ROLES_KEPT) cache.clear();
    role = compute(printed);
    cache.set(printed, role);
  }
  return role;
}
