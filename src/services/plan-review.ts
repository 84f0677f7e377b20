import { conflict, invalidInput, notFound, planStateLabels } from '../domain/index.ts';
import { findPlanById, recordAudit, type Database, type PlanRow, type Sql } from '../storage/index.ts';
import { setPlanConfirmed, setWithdrawn } from '../storage/plan-state.ts';
import { writeAndRefresh } from './overview-summaries.ts';

/** A stored plan version by id, or a not-found error. */
async function planVersion(sql: Sql, planId: number): Promise<PlanRow> {
  const plan = await findPlanById(sql, planId);
  if (!plan) throw notFound(`没有编号为 ${planId} 的规划版本：用 plantrack plans 查看已有规划`);
  return plan;
}

const brief = (p: PlanRow) => ({ title: p.title, region: p.regionFullName, version: p.version, state: p.state });

/**
 * A person has checked a draft (待核对): it counts from now on, and a version it supersedes stops
 * counting. Confirming a plan that is not a draft changes nothing; a withdrawn one must be restored first.
 */
export async function confirmPlan(db: Database, planId: number, by: string): Promise<PlanRow> {
  return writeAndRefresh(db, (tx) => confirmPlanIn(tx, planId, by));
}

/** confirmPlan inside the caller's transaction (the import preview stores and confirms in one). */
export async function confirmPlanIn(tx: Sql, planId: number, by: string): Promise<PlanRow> {
  const plan = await planVersion(tx, planId);
  if (plan.withdrawal) throw conflict(`规划 #${planId} 已撤回（${plan.withdrawal.reason}）：请管理员先恢复再确认`);
  if (await setPlanConfirmed(tx, planId)) {
    const now = await planVersion(tx, planId);
    await recordAudit(tx, { by, action: 'confirm', entity: 'plan', entityId: planId, old: { ...brief(plan), notes: plan.reviewNotes }, new: brief(now) });
    return now;
  }
  return plan;
}

/** The reason a withdrawal must give, trimmed; refused when empty. */
export function withdrawalReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? '';
  if (!text) throw invalidInput('撤回须说明原因（--reason 或 reason 字段）', { field: 'reason' });
  if (text.length > 500) throw invalidInput('撤回原因过长：最多 500 字', { field: 'reason' });
  return text;
}

/**
 * Takes a plan version back (撤回) with a reason: it leaves the overview and every comparison, and when
 * it was the current version the one before it becomes current again. Nothing is deleted.
 */
export async function withdrawPlan(db: Database, planId: number, input: { reason: string; by: string }): Promise<PlanRow> {
  const reason = withdrawalReason(input.reason);
  return writeAndRefresh(db, async (tx) => {
    const plan = await planVersion(tx, planId);
    if (!(await setWithdrawn(tx, 'plans', planId, { by: input.by, reason }))) throw conflict(`规划 #${planId} 已于 ${plan.withdrawal?.at} 撤回`);
    const previous = await currentBefore(tx, plan);
    await recordAudit(tx, { by: input.by, action: 'withdraw', entity: 'plan', entityId: planId, old: brief(plan), new: { reason, current: previous?.id ?? null } });
    if (previous) await recordAudit(tx, { by: input.by, action: 'current-again', entity: 'plan', entityId: previous.id, new: brief(previous) });
    return planVersion(tx, planId);
  });
}

/** An admin restores a withdrawn plan version: it stands again as it did (current, draft or superseded). */
export async function reinstatePlan(db: Database, planId: number, by: string): Promise<PlanRow> {
  return writeAndRefresh(db, async (tx) => {
    const plan = await planVersion(tx, planId);
    if (!(await setWithdrawn(tx, 'plans', planId, null))) throw conflict(`规划 #${planId} 没有撤回，无需恢复（当前状态：${planStateLabels[plan.state]}）`);
    const now = await planVersion(tx, planId);
    await recordAudit(tx, { by, action: 'reinstate', entity: 'plan', entityId: planId, old: { withdrawal: plan.withdrawal }, new: brief(now) });
    return now;
  });
}

/** The earlier version that counts now that `plan` no longer does, if any. */
async function currentBefore(sql: Sql, plan: PlanRow): Promise<PlanRow | undefined> {
  for (let id = plan.supersedes; id !== null; ) {
    const earlier = await planVersion(sql, id);
    if (earlier.state === 'current') return earlier;
    id = earlier.supersedes;
  }
  return undefined;
}
