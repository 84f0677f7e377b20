import { userInfo } from 'node:os';
import { openDatabase, locateDatabase, type Database } from '../services/index.ts';
import { stringOption, type CommandContext, type OptionsConfig } from './command.ts';

/** Options every command that opens the database accepts: --data DIR and --by NAME. */
export const databaseOptions: OptionsConfig = {
  data: { type: 'string' },
  by: { type: 'string' },
};

/** Who writes: --by, else the OS user. */
export function actor(ctx: CommandContext): string {
  const by = stringOption(ctx, 'by')?.trim();
  if (by) return by;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return ctx.io.env.USER ?? 'unknown';
  }
}

/**
 * Opens the database named by --data / PLANTRACK_DATA / PLANTRACK_DATABASE_URL, runs fn, and closes
 * it whatever happens (the PGlite data-folder lock is released with it).
 */
export async function withDatabase<T>(ctx: CommandContext, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(locateDatabase({ data: stringOption(ctx, 'data'), env: ctx.io.env, cwd: ctx.io.cwd }));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
