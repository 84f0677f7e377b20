import type { Database } from '../services/accounts.ts';
import { refreshSummaries } from '../services/overview-summaries.ts';

/** Plans evaluated per tick: a request waits at most for one plan's evaluation on PGlite's single connection. */
const batch = 20;

/**
 * Brings stale overview rows up to date in the background: those a write left over (a catalogue edit
 * touches every plan, a bulk load many), and those of a process that stopped between its commit and its
 * refresh. Reads never evaluate; this runs beside them. Returns the stop function.
 */
export function startBackgroundRefresh(db: Database, everyMs = 2000, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = async () => {
    while (!stopped && (await refreshSummaries(db, { limit: batch })) === batch);
  };
  const timer = setInterval(() => {
    running = running.then(tick).catch((error: unknown) => log(`总览后台计算失败：${(error as Error).stack ?? String(error)}`));
  }, everyMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
