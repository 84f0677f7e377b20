import { boxItemKey } from '../domain/index.ts';
import type { Sql } from './database.ts';

/** A responsibility or progress record that could not be given an id: it keeps its name and says why. */
export interface UnmappedReference {
  readonly table: 'responsibilities' | 'box_item_progress';
  readonly id: number;
  readonly plan: string;
  readonly item: string;
  /** 中文: what could not be mapped and what to do */
  readonly message: string;
}

interface Pending {
  readonly id: number;
  readonly plan: string;
  readonly planId: number | null;
  readonly kind: 'indicator' | 'box-item';
  readonly item: string;
}

interface Candidate {
  readonly id: number;
  readonly planId: number;
  readonly key: string;
  readonly caption: string | null;
  readonly completion: boolean;
}

/**
 * Gives responsibilities and progress records without an id (stored by name, or whose row was read
 * again) the id of their plan's indicator row or 专栏 item, matched by printed name or item key. A name
 * printed in a targets table and a completion table goes to the targets row; a name still ambiguous, or
 * missing, stays unmapped with a Chinese message. `planId` limits the work to one plan (null: all).
 */
export async function linkReferences(sql: Sql, planId: number | null): Promise<UnmappedReference[]> {
  const unmapped: UnmappedReference[] = [];
  for (const table of ['responsibilities', 'box_item_progress'] as const) {
    const pending = await pendingRows(sql, table, planId);
    const plans = [...new Set(pending.map((p) => p.planId).filter((id): id is number => id !== null))];
    const candidates = plans.length ? await candidatesOf(sql, plans) : [];
    for (const row of pending) {
      const outcome = mapRow(row, candidates);
      await sql.query(
        `UPDATE ${table} SET plan_id = $2, ${row.kind === 'indicator' ? 'indicator_id' : 'box_item_id'} = $3, unmapped = $4 WHERE id = $1`,
        [row.id, row.planId, outcome.id, outcome.message],
      );
      if (outcome.message) unmapped.push({ table, id: row.id, plan: row.plan, item: row.item, message: outcome.message });
    }
  }
  return unmapped;
}

async function pendingRows(sql: Sql, table: 'responsibilities' | 'box_item_progress', planId: number | null): Promise<Pending[]> {
  const kind = table === 'responsibilities' ? 'r.kind' : `'box-item'`;
  const itemId = table === 'responsibilities' ? 'COALESCE(r.indicator_id, r.box_item_id)' : 'r.box_item_id';
  return sql.query<Pending>(
    `SELECT r.id, r.plan, p.id AS "planId", ${kind} AS kind, r.item FROM ${table} r
       LEFT JOIN plans p ON r.plan ~ '^[0-9]{1,9}$' AND p.id = r.plan::integer
      WHERE ${itemId} IS NULL AND ($1::integer IS NULL OR p.id = $1) ORDER BY r.id`,
    [planId],
  );
}

async function candidatesOf(sql: Sql, plans: readonly number[]): Promise<Array<Candidate & { kind: 'indicator' | 'box-item' }>> {
  const indicators = await sql.query<Candidate>(
    `SELECT i.id, i.plan_id AS "planId", i.name AS key, t.caption, COALESCE(t.kind = 'completion', false) AS completion
       FROM indicators i LEFT JOIN indicator_tables t ON t.id = i.table_id WHERE i.plan_id = ANY($1::integer[]) ORDER BY i.seq`,
    [plans],
  );
  const items = await sql.query<{ id: number; planId: number; box: string; title: string | null; text: string }>(
    `SELECT i.id, b.plan_id AS "planId", b.title AS box, i.title, i.text FROM box_items i JOIN boxes b ON b.id = i.box_id
      WHERE b.plan_id = ANY($1::integer[]) ORDER BY b.seq, i.seq`,
    [plans],
  );
  return [
    ...indicators.map((i) => ({ ...i, kind: 'indicator' as const })),
    ...items.map((i) => ({ id: i.id, planId: i.planId, key: boxItemKey(i.box, i.title, i.text), caption: i.box, completion: false, kind: 'box-item' as const })),
  ];
}

function mapRow(row: Pending, candidates: ReadonlyArray<Candidate & { kind: string }>): { id: number | null; message: string | null } {
  const what = row.kind === 'indicator' ? '指标' : '专栏项目';
  if (row.planId === null) return { id: null, message: `未能关联：规划“${row.plan}”不存在，${what}“${row.item}”保留原名，未关联到任何${what}` };
  const same = candidates.filter((c) => c.kind === row.kind && c.planId === row.planId && c.key === row.item);
  const targets = same.filter((c) => !c.completion);
  const chosen = targets.length ? targets : same;
  if (chosen.length === 1) return { id: chosen[0].id, message: null };
  if (!chosen.length) return { id: null, message: `未能关联：规划 #${row.planId} 中没有名为“${row.item}”的${what}（可能已更正名称或重新读取）；请重新指定` };
  const tables = chosen.map((c) => `“${c.caption ?? '无表名'}”#${c.id}`).join('、');
  return { id: null, message: `未能关联：规划 #${row.planId} 中有 ${chosen.length} 个名为“${row.item}”的${what}（${tables}），无法判断是哪一个；请按编号重新指定` };
}
