import { boxItemKey, conflict, invalidInput, milestoneWords, notFound } from '../domain/index.ts';
import { findPlanIndicatorsByName, listPlanIndicators, recordAudit, type Database, type Sql } from '../storage/index.ts';
import {
  insertBoxItemProgress, selectBoxItemProgress, selectBoxItems, selectResponsibilities, upsertResponsibility,
  type BoxItemProgress, type ResponsibilityKind,
} from '../storage/responsibilities.ts';
import { getPlan } from './plans.ts';

/** Milestone words of a 专栏 item's progress: the one vocabulary of the domain. */
export const boxMilestones = milestoneWords as readonly [string, ...string[]];

export interface BoxItemView {
  /** the 专栏 item's id: responsibilities and progress records point at it */
  readonly id: number;
  /** 专栏 title ｜ item title (or its first words): how a person names the item */
  readonly key: string;
  readonly box: string;
  readonly title: string | null;
  readonly text: string;
  readonly line: number;
  readonly department: string | null;
  readonly progress: BoxItemProgress[];
  /** progress records taken back (撤回), kept to be seen and restored */
  readonly withdrawn: BoxItemProgress[];
}

export { boxItemKey };

const kindLabel: Record<ResponsibilityKind, string> = { indicator: '指标', 'box-item': '专栏项目' };

/**
 * The id of a plan's indicator row or 专栏 item a person named (the edges call this once). A name printed
 * in a targets table and in a completion table means the targets row; a name still shared by several
 * rows is refused with their ids, to be named by id.
 */
export async function resolvePlanItem(sql: Sql, planId: number, kind: ResponsibilityKind, name: string): Promise<number> {
  const found = kind === 'indicator'
    ? (await findPlanIndicatorsByName(sql, planId, name)).map((i) => ({ id: i.id, where: i.table ?? '无表名', completion: i.tableKind === 'completion' }))
    : (await selectBoxItems(sql, planId)).filter((i) => boxItemKey(i.box, i.title, i.text) === name).map((i) => ({ id: i.id, where: i.box, completion: false }));
  const targets = found.filter((f) => !f.completion);
  const chosen = targets.length ? targets : found;
  if (chosen.length === 1) return chosen[0].id;
  if (!chosen.length) throw notFound(`规划 #${planId} 中没有${kindLabel[kind]}“${name}”`, { field: 'item' });
  throw conflict(`规划 #${planId} 中有 ${chosen.length} 个${kindLabel[kind]}名为“${name}”（${chosen.map((c) => `${c.where} #${c.id}`).join('、')}）：请用编号 item_id 指明是哪一个`, { field: 'item' });
}

/** What an id names in a plan: the indicator's name or the item's key; not-found (中文) when the plan has no such row. */
async function planItemName(sql: Sql, planId: number, kind: ResponsibilityKind, itemId: number): Promise<string> {
  const name = kind === 'indicator'
    ? (await listPlanIndicators(sql, planId)).find((i) => i.id === itemId)?.name
    : (await selectBoxItems(sql, planId)).filter((i) => i.id === itemId).map((i) => boxItemKey(i.box, i.title, i.text))[0];
  if (name === undefined) throw notFound(`规划 #${planId} 中没有编号为 ${itemId} 的${kindLabel[kind]}`, { field: 'item_id' });
  return name;
}

/** Makes a department (牵头单位) the lead of a plan's indicator row or 专栏 item, named by id; audited. */
export async function assignDepartment(db: Database, input: { plan: string; kind: ResponsibilityKind; itemId: number; department: string; by: string }): Promise<void> {
  const plan = await getPlan(db, input.plan);
  const department = input.department.trim();
  if (!department) throw invalidInput('牵头单位不能为空', { field: 'department' });
  const item = await planItemName(db, plan.id, input.kind, input.itemId);
  await db.transaction(async (tx) => {
    const old = await upsertResponsibility(tx, { plan: String(plan.id), planId: plan.id, kind: input.kind, item, itemId: input.itemId, department }, input.by);
    await recordAudit(tx, { by: input.by, action: 'assign', entity: input.kind, entityId: input.itemId, old: old ? { department: old.department } : null, new: { plan: plan.id, item, department } });
  });
}

/** A plan's 专栏 items with their lead department and progress records. */
export async function listBoxItems(db: Sql, ref: string): Promise<BoxItemView[]> {
  const plan = await getPlan(db, ref);
  const [items, owners, progress] = await Promise.all([
    selectBoxItems(db, plan.id), selectResponsibilities(db, { planId: plan.id }), selectBoxItemProgress(db, plan.id, { includeWithdrawn: true }),
  ]);
  const owner = new Map(owners.filter((o) => o.kind === 'box-item').map((o) => [o.itemId, o.department]));
  return items.map((i) => {
    const records = progress.filter((p) => p.itemId === i.id);
    return { ...i, key: boxItemKey(i.box, i.title, i.text), department: owner.get(i.id) ?? null, progress: records.filter((p) => !p.withdrawal), withdrawn: records.filter((p) => p.withdrawal) };
  });
}

/** Records a 专栏 item's progress (item by id): milestone word, date, note, evidence link; audited. */
export async function recordBoxProgress(db: Database, input: { plan: string; itemId: number; milestone: string; date: string; note?: string | null; evidenceUrl?: string | null; by: string }) {
  const plan = await getPlan(db, input.plan);
  if (!(boxMilestones as readonly string[]).includes(input.milestone)) {
    throw invalidInput(`进展“${input.milestone}”不是里程碑词：应为 ${boxMilestones.join('、')} 之一`, { field: 'milestone' });
  }
  const item = await planItemName(db, plan.id, 'box-item', input.itemId);
  const record = { plan: String(plan.id), item, itemId: input.itemId, milestone: input.milestone, date: input.date, note: input.note ?? null, evidenceUrl: input.evidenceUrl ?? null, recordedBy: input.by };
  return db.transaction(async (tx) => {
    const id = await insertBoxItemProgress(tx, record);
    await recordAudit(tx, { by: input.by, action: 'progress', entity: 'box-item', entityId: input.itemId, old: null, new: { id, ...record } });
    return { id, ...record };
  });
}
