import { boxItemKey, invalidInput, milestoneWords } from '../domain/index.ts';
import { recordAudit, type Database } from '../storage/index.ts';
import {
  insertBoxItemProgress, selectBoxItemProgress, selectBoxItems, selectResponsibilities, upsertResponsibility,
  type BoxItemProgress, type ResponsibilityKind,
} from '../storage/responsibilities.ts';
import { getPlan } from './plans.ts';

/** Milestone words of a 专栏 item's progress: the one vocabulary of the domain. */
export const boxMilestones = milestoneWords as readonly [string, ...string[]];

export interface BoxItemView {
  /** 专栏 title ｜ item title (or its first words): the key responsibilities and progress use */
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

/** Makes a department (牵头单位) the lead of a plan's indicator or 专栏 item; audited. */
export async function assignDepartment(db: Database, input: { plan: string; kind: ResponsibilityKind; item: string; department: string; by: string }): Promise<void> {
  const plan = await getPlan(db, input.plan);
  const department = input.department.trim();
  if (!department) throw invalidInput('牵头单位不能为空', { field: 'department' });
  await db.transaction(async (tx) => {
    const old = await upsertResponsibility(tx, { plan: String(plan.id), kind: input.kind, item: input.item, department }, input.by);
    await recordAudit(tx, { by: input.by, action: 'assign', entity: input.kind, entityId: `${plan.id}:${input.item}`, old: old ? { department: old.department } : null, new: { department } });
  });
}

/** A plan's 专栏 items with their lead department and progress records. */
export async function listBoxItems(db: Database, ref: string): Promise<BoxItemView[]> {
  const plan = await getPlan(db, ref);
  const [items, owners, progress] = await Promise.all([
    selectBoxItems(db, plan.id), selectResponsibilities(db, { plan: String(plan.id) }), selectBoxItemProgress(db, String(plan.id), { includeWithdrawn: true }),
  ]);
  const owner = new Map(owners.filter((o) => o.kind === 'box-item').map((o) => [o.item, o.department]));
  return items.map((i) => {
    const key = boxItemKey(i.box, i.title, i.text);
    const records = progress.filter((p) => p.item === key);
    return { key, ...i, department: owner.get(key) ?? null, progress: records.filter((p) => !p.withdrawal), withdrawn: records.filter((p) => p.withdrawal) };
  });
}

/** Records a 专栏 item's progress: milestone word, date, note, evidence link; audited. */
export async function recordBoxProgress(db: Database, input: { plan: string; item: string; milestone: string; date: string; note?: string | null; evidenceUrl?: string | null; by: string }) {
  const plan = await getPlan(db, input.plan);
  if (!(boxMilestones as readonly string[]).includes(input.milestone)) {
    throw invalidInput(`进展“${input.milestone}”不是里程碑词：应为 ${boxMilestones.join('、')} 之一`, { field: 'milestone' });
  }
  const items = await selectBoxItems(db, plan.id);
  if (!items.some((i) => boxItemKey(i.box, i.title, i.text) === input.item)) throw invalidInput(`规划中没有专栏项目“${input.item}”`, { field: 'item' });
  const record = { plan: String(plan.id), item: input.item, milestone: input.milestone, date: input.date, note: input.note ?? null, evidenceUrl: input.evidenceUrl ?? null, recordedBy: input.by };
  return db.transaction(async (tx) => {
    const id = await insertBoxItemProgress(tx, record);
    await recordAudit(tx, { by: input.by, action: 'progress', entity: 'box-item', entityId: `${plan.id}:${input.item}`, old: null, new: { id, ...record } });
    return { id, ...record };
  });
}
