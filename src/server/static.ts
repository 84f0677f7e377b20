import type { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { relative } from 'node:path';
import type { AppEnv } from './env.ts';

/** The built web app: files from webRoot, and index.html for every other non-API path (the app routes by hash). */
export function serveWeb(app: OpenAPIHono<AppEnv>, webRoot: string) {
  const root = relative(process.cwd(), webRoot) || '.';
  app.use('/assets/*', serveStatic({ root }));
  app.get('/favicon.svg', serveStatic({ root }));
  app.get('*', serveStatic({ root, path: 'index.html' }));
}
