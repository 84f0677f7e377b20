import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { guard, identify } from './auth.ts';
import { localAdmin } from './local-admin.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { handleError, invalidRequest, tooLarge } from './errors.ts';
import { accountRoutes } from './routes/accounts.ts';
import { userRoutes } from './routes/users.ts';
import { planRoutes } from './routes/plans.ts';
import { observationRoutes } from './routes/observations.ts';
import { evaluationRoutes } from './routes/evaluation.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { uploadRoutes } from './routes/upload.ts';
import { planPreviewRoutes } from './routes/plan-preview.ts';
import { PreviewReadings } from './preview-readings.ts';
import { otherRoutes } from './routes/other.ts';
import { responsibilityRoutes } from './routes/responsibilities.ts';
import { withdrawalRoutes } from './routes/withdrawals.ts';
import { exportRoutes } from './routes/exports.ts';
import { observationUploadRoutes } from './routes/observations-upload.ts';
import { serveWeb } from './static.ts';
import { checkHost, refuseNulCharacters } from './request-checks.ts';
import { ReadCache } from './cache.ts';
import { operations } from './operations.ts';

export type { AppDeps } from './env.ts';

const jsonLimit = 1024 * 1024;
const uploadLimit = 50 * 1024 * 1024;
const uploads = ['/api/plans', '/api/plans/preview', '/api/observations/upload'];

/** The HTTP face of PlanTrack: /api routes over the services, the web app under /. No port: tests call app.request. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.error.issues);
    },
  });
  app.onError(handleError);
  const noSuchPath = (c: Context) => c.json({ error: 'not-found', message: `没有这个地址：${c.req.method} ${c.req.path}`, details: null }, 404);
  app.notFound(noSuchPath);
  app.use('*', checkHost(deps.allowedHosts));
  app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"] } }));
  const cache = new ReadCache(() => operations.getOverviewStamp(deps.db));
  const previews = new PreviewReadings();
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    c.set('cache', cache);
    c.set('previews', previews);
    const limit = uploads.includes(c.req.path) && c.req.method === 'POST' ? (deps.uploadLimit ?? uploadLimit) : (deps.bodyLimit ?? jsonLimit);
    return bodyLimit({ maxSize: limit, onError: () => { throw tooLarge(limit); } })(c, next);
  });
  app.use('/api/*', refuseNulCharacters(), identify(), localAdmin(), guard());
  accountRoutes(app);
  userRoutes(app);
  uploadRoutes(app);
  planPreviewRoutes(app);
  planRoutes(app);
  observationUploadRoutes(app);
  exportRoutes(app);
  observationRoutes(app);
  evaluationRoutes(app);
  dashboardRoutes(app);
  otherRoutes(app);
  responsibilityRoutes(app);
  withdrawalRoutes(app);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'PlanTrack 规划监测 API', version: '1', description: '规划、指标、监测数据、评估与报告。写操作需登录并带 X-CSRF-Token 请求头。' },
  });
  app.all('/api/*', noSuchPath); // before the web app's catch-all, which would answer with the page
  if (deps.webRoot) serveWeb(app, deps.webRoot);
  return app;
}
