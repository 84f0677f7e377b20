import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { WithdrawableKind } from '../../domain/index.ts';
import { listPlanCorrections, reinstateRecord, recordOwner, withdrawRecord } from '../../services/withdraw-records.ts';
import { confirmPlan } from '../../services/plan-review.ts';
import { getPlan } from '../../services/plans.ts';
import { requireAdmin, requirePlanWrite, requireRegionWrite } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { ErrorBody, PlanParam, json, jsonBody } from '../schemas.ts';
import { CorrectionListSchema, PlanSchema, WithdrawnRecordSchema } from '../response-schemas.ts';

const RecordParam = z.object({
  kind: z.enum(['plan', 'observation', 'correction', 'box-progress']).openapi({ param: { name: 'kind', in: 'path' }, description: '规划版本、监测值、更正或专栏进展记录' }),
  id: z.coerce.number().int().min(1).max(2_147_483_647).openapi({ param: { name: 'id', in: 'path' } }),
});

const Withdrawal = z.object({ reason: z.string().trim().min(1).max(500).openapi({ description: '撤回原因（必填）', example: '误读：表格错位' }) }).strict().openapi('Withdrawal');

/** The writer of a record may withdraw it: a plan's grant for its versions, corrections and progress; a region's for its values. */
async function requireRecordWrite(c: Context<AppEnv>, kind: WithdrawableKind, id: number) {
  const owner = await recordOwner(c.get('deps').db, kind, id);
  if (owner.region !== null) return requireRegionWrite(c, owner.region, owner.item ?? '');
  return requirePlanWrite(c, String(owner.planId), owner.item);
}

/** 撤回 and 恢复: nothing is deleted; a withdrawn record is kept with its reason and an admin can restore it. */
export function withdrawalRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({
      method: 'post', path: '/api/records/{kind}/{id}/withdraw', tags: ['withdrawals'], summary: '撤回一个规划版本、监测值、更正或专栏进展记录（需写权限，须说明原因）',
      request: { params: RecordParam, body: jsonBody(Withdrawal) },
      responses: { 200: json(WithdrawnRecordSchema, '已撤回'), 400: json(ErrorBody, '缺少原因'), 403: json(ErrorBody, '无权限'), 404: json(ErrorBody, '没有这条记录'), 409: json(ErrorBody, '已经撤回') },
    }),
    async (c) => {
      const { kind, id } = c.req.valid('param');
      const user = await requireRecordWrite(c, kind, id);
      const record = await withdrawRecord(c.get('deps').db, kind, id, { reason: c.req.valid('json').reason, by: user.name });
      return c.json(record as z.infer<typeof WithdrawnRecordSchema>, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/records/{kind}/{id}/restore', tags: ['withdrawals'], summary: '恢复一条已撤回的记录（管理员）',
      request: { params: RecordParam },
      responses: { 200: json(WithdrawnRecordSchema, '已恢复'), 403: json(ErrorBody, '仅限管理员'), 404: json(ErrorBody, '没有这条记录'), 409: json(ErrorBody, '没有撤回') },
    }),
    async (c) => {
      const user = requireAdmin(c);
      const { kind, id } = c.req.valid('param');
      return c.json((await reinstateRecord(c.get('deps').db, kind, id, user.name)) as z.infer<typeof WithdrawnRecordSchema>, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/plans/{plan}/confirm', tags: ['withdrawals'], summary: '确认一个待核对的规划版本：从此计入总览、比较、传导与检索（需写权限）',
      request: { params: PlanParam },
      responses: { 200: json(PlanSchema, '已确认（非待核对的版本不变）'), 403: json(ErrorBody, '无权限'), 404: json(ErrorBody, '没有这个规划'), 409: json(ErrorBody, '已撤回：须先恢复') },
    }),
    async (c) => {
      const db = c.get('deps').db;
      const plan = await getPlan(db, c.req.valid('param').plan);
      const user = await requirePlanWrite(c, String(plan.id), null);
      await confirmPlan(db, plan.id, user.name);
      return c.json(await getPlan(db, String(plan.id)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/plans/{plan}/corrections', tags: ['plans'], summary: '规划的更正记录（含已撤回的）',
      request: { params: PlanParam }, responses: { 200: json(CorrectionListSchema, '更正，按时间'), 404: json(ErrorBody, '没有这个规划') },
    }),
    async (c) => c.json(await listPlanCorrections(c.get('deps').db, c.req.valid('param').plan), 200),
  );
}
