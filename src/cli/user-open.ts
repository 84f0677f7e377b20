import { AppError } from '../domain/index.ts';
import { locateDatabase, openDatabase } from '../services/accounts-demo.ts';
import { stringOption, today, type CommandContext } from './command.ts';
import { findAnnouncedServer } from './server-file.ts';
import type { AccountsDesk } from './user-desk.ts';
import { localDesk } from './user-local.ts';
import { remoteDesk } from './user-remote.ts';
import { actor } from './with-database.ts';

/**
 * Runs fn on the database; when `plantrack serve` holds the embedded store, through that server
 * (it announced itself in the data folder), else says exactly what to do instead.
 */
export async function withAccountsDesk<T>(ctx: CommandContext, fn: (desk: AccountsDesk) => Promise<T>): Promise<T> {
  const location = locateDatabase({ data: stringOption(ctx, 'data'), env: ctx.io.env, cwd: ctx.io.cwd });
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(location);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'in-use') || !location.dataDir) throw error;
    const server = findAnnouncedServer(location.dataDir);
    if (server) return fn(remoteDesk(server, actor(ctx)));
    throw new AppError('in-use', `${error.message}\n账号也可在运行中服务器的网页“用户管理”页（管理员登录）修改，或用 POST/PATCH /api/users 接口。`, { details: error.details });
  }
  try {
    return await fn(localDesk(db, actor(ctx), today(ctx)));
  } finally {
    await db.close();
  }
}
