import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError, flag, stringOption, type Command } from '../command.ts';
import { startServer } from '../../server/main.ts';
import { announceServer, newServerToken } from '../server-file.ts';
// not withDatabase: services/index.ts would load every service (pdfjs, docx, jieba …) into the server for good
import { loadDemo, locateDatabase, openDatabase } from '../../services/accounts-demo.ts';
import { hasUsers } from '../../services/accounts.ts';
import { AppError } from '../../domain/index.ts';
import { describeOutlierRules, outlierOptions, outlierRulesOf, outlierUsage } from '../outlier-options.ts';

const webRoot = fileURLToPath(new URL('../../../dist/web', import.meta.url));
const examples = fileURLToPath(new URL('../../../examples', import.meta.url));

export const command: Command = {
  summary: '启动网页与 API 服务（/api，网页在 /）',
  usage: `plantrack serve [--port 8080] [--host 127.0.0.1] [--data DIR] [--public] [--demo] [--secure] [--trust-proxy] [--jump-warning 0.5] [--jump-points 20] [--beyond-target 0.5]
       ${outlierUsage}`,
  options: {
    ...outlierOptions,
    data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, public: { type: 'boolean' }, demo: { type: 'boolean' },
    secure: { type: 'boolean' }, 'trust-proxy': { type: 'boolean' },
  },
  async run(ctx) {
    const port = Number(stringOption(ctx, 'port') ?? ctx.io.env.PORT ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port 应为 0–65535 的整数，收到 "${stringOption(ctx, 'port')}"`);
    const host = stringOption(ctx, 'host') ?? '127.0.0.1';
    const outlierRules = outlierRulesOf(ctx);
    const location = locateDatabase({ data: stringOption(ctx, 'data'), env: ctx.io.env, cwd: ctx.io.cwd });
    const db = await openDatabase(location);
    const localAdminToken = newServerToken();
    try {
      const demo = flag(ctx, 'demo') ? await loadDemo(db, examples, (line) => ctx.io.stderr(`${line}\n`)) : undefined;
      const web = existsSync(`${webRoot}/index.html`) ? webRoot : undefined;
      const accounts = await hasUsers(db);
      if (!accounts && !isLoopback(host)) {
        throw new AppError('invalid-input', `尚无任何账号，不能在 ${host} 上对外提供服务（无账号时本机访问者即管理员）。请先用 plantrack user add NAME --role admin 建立管理员账号，或去掉 --host 只在本机（127.0.0.1）使用。`, { details: { field: 'host' } });
      }
      const deps = { db, public: flag(ctx, 'public'), secure: flag(ctx, 'secure'), trustProxy: flag(ctx, 'trust-proxy'), webRoot: web, allowedHosts: hostNames(host), localAdminToken, outlierRules };
      const server = await startServer(deps, { port, host });
      // `plantrack user …` cannot open the embedded store while we hold it: it goes through us instead
      const unannounce = location.dataDir && !location.dataDir.startsWith('memory://') ? announceServer(location.dataDir, loopbackUrl(server.url), localAdminToken) : () => {};
      ctx.io.stdout(`PlanTrack 已启动：${server.url}\n`);
      if (!accounts) ctx.io.stdout('尚无账号：只在本机（回环地址）提供服务，本机访问者即管理员；建立账号后才可用 --host 对外提供。\n');
      if (demo?.admin) ctx.io.stdout(`演示管理员：用户名 ${demo.admin.name}，密码 ${demo.admin.password}（正式使用请用 plantrack user add 建立自己的账号）\n`);
      if (outlierRules) ctx.io.stdout(`${describeOutlierRules(outlierRules)}\n`);
      if (!web) ctx.io.stderr('提示：未找到网页构建结果 dist/web（运行 npm run build:web），目前只提供 /api\n');
      await untilStopped();
      unannounce();
      await server.close();
    } finally {
      await db.close();
    }
  },
};

/** Resolves on Ctrl-C or SIGTERM so the database is closed (and the data folder unlocked) on the way out. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

const loopbackNames = ['localhost', '127.0.0.1', '::1'];
const isLoopback = (host: string) => loopbackNames.includes(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);

/** The Host names a request may carry (DNS rebinding); a wildcard bind answers any name, as accounts guard it. */
function hostNames(host: string): string[] | undefined {
  if (host === '0.0.0.0' || host === '::') return undefined;
  return isLoopback(host) ? [...new Set([...loopbackNames, host])] : [host, ...loopbackNames];
}

/** The CLI on this machine reaches a server bound to every address through loopback. */
const loopbackUrl = (url: string) => url.replace('//0.0.0.0:', '//127.0.0.1:').replace('//[::]:', '//[::1]:');
