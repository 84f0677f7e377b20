import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { listDepartmentTasks } from '../../services/department-tasks.ts';
import { assignDepartment, boxMilestones, listBoxItems, recordBoxProgress, resolvePlanItem } from '../../services/responsibilities.ts';
import { getPlan } from '../../services/plans.ts';
import { requireAdmin, requirePlanWrite } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { ErrorBody, PlanParam, json, jsonBody } from '../schemas.ts';
import { BoxItemsSchema, BoxProgressSchema, TasksSchema } from '../response-schemas.ts';

const ItemId = z.number().int().min(1).max(2_147_483_647).openapi({ description: '指标行或专栏项目的编号（/api/plans/{plan}/indicators、/boxes 中的 id）' });
const ItemName = z.string().trim().min(1).max(300).openapi({ description: '或：指标名称，或专栏项目的键（专栏标题｜项目名）；同名多行时须用编号' });

const Assignment = z
  .object({
    kind: z.enum(['indicator', 'box-item']),
    item_id: ItemId.optional(),
    item: ItemName.optional(),
    department: z.string().trim().min(1).max(100).openapi({ example: '市统计局' }),
  })
  .refine((a) => a.item_id !== undefined || a.item !== undefined, { message: '需要 item_id（指标或专栏项目的编号）或 item（名称）', path: ['item_id'] })
  .openapi('Assignment');

const Progress = z
  .object({
    item_id: ItemId.optional(),
    item: ItemName.optional(),
    milestone: z.enum(boxMilestones),
    date: z.iso.date().openapi({ example: '2023-06-30' }),
    note: z.string().max(1000).optional(),
    evidence_url: z.string().url().max(2000).optional(),
  })
  .refine((p) => p.item_id !== undefined || p.item !== undefined, { message: '需要 item_id（专栏项目的编号）或 item（专栏项目的键）', path: ['item_id'] })
  .openapi('BoxItemProgress');

/** 目标任务分解: lead departments, 专栏 progress, and each department's list of what is due and stale. */
export function responsibilityRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    createRoute({ method: 'get', path: '/api/plans/{plan}/boxes', tags: ['responsibility'], summary: '专栏项目、牵头单位与进展', request: { params: PlanParam }, responses: { 200: json(BoxItemsSchema, '专栏项目') } }),
    async (c) => c.json(await listBoxItems(c.get('deps').db, c.req.valid('param').plan), 200),
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/plans/{plan}/assignments', tags: ['responsibility'], summary: '指定指标或专栏项目的牵头单位（管理员）',
      request: { params: PlanParam, body: jsonBody(Assignment) }, responses: { 204: { description: '已指定' }, 403: json(ErrorBody, '仅限管理员') },
    }),
    async (c) => {
      const user = requireAdmin(c);
      const { db } = c.get('deps');
      const { kind, department, ...named } = c.req.valid('json');
      const plan = await getPlan(db, c.req.valid('param').plan);
      const itemId = named.item_id ?? (await resolvePlanItem(db, plan.id, kind, named.item!));
      await assignDepartment(db, { plan: String(plan.id), kind, itemId, department, by: user.name });
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/plans/{plan}/box-progress', tags: ['responsibility'], summary: '记录专栏项目进展',
      request: { params: PlanParam, body: jsonBody(Progress) }, responses: { 201: json(BoxProgressSchema, '已记录'), 403: json(ErrorBody, '无权限') },
    }),
    async (c) => {
      const { db } = c.get('deps');
      const body = c.req.valid('json');
      const plan = String((await getPlan(db, c.req.valid('param').plan)).id);
      const label = body.item ?? (await listBoxItems(db, plan)).find((i) => i.id === body.item_id)?.key ?? null;
      const user = await requirePlanWrite(c, plan, label);
      const itemId = body.item_id ?? (await resolvePlanItem(db, Number(plan), 'box-item', body.item!));
      const record = await recordBoxProgress(db, { plan, itemId, milestone: body.milestone, date: body.date, note: body.note, evidenceUrl: body.evidence_url, by: user.name });
      return c.json(record, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/tasks', tags: ['responsibility'], summary: '牵头单位的待填报与逾期事项',
      request: { query: z.object({ department: z.string().max(100).optional() }) }, responses: { 200: json(TasksSchema, '事项，逾期在前') },
    }),
    async (c) => c.json(await listDepartmentTasks(c.get('deps').db, { department: c.req.valid('query').department || undefined }), 200),
  );
}
