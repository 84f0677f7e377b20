import { serve } from '@hono/node-server';
import { createApp, type AppDeps } from './app.ts';
import { startBackgroundRefresh } from './background-refresh.ts';

export { createApp, type AppDeps };

/** Listens on host:port; resolves once listening with the URL and a close function. */
export function startServer(deps: AppDeps, options: { port: number; host: string }): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp(deps);
  const stopRefresh = startBackgroundRefresh(deps.db);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${info.port}/`,
        close: async () => {
          await stopRefresh();
          await new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
    server.on('error', (error) => {
      void stopRefresh();
      reject(error);
    });
  });
}
