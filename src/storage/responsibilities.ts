import type { Withdrawal } from '../domain/index.ts';
import type { Sql } from './database.ts';
import { withdrawalSql } from './plan-state.ts';

export type ResponsibilityKind = 'indicator' | 'box-item';

export interface Responsibility {
  readonly plan: string;
  readonly planId: number | null;
  readonly kind: ResponsibilityKind;
  /** the indicator's name or the 专栏 item's key when assigned (a label; identity is itemId) */
  readonly item: string;
  /** the indicator row's or 专栏 item's id; null when it could not be mapped (see unmapped) */
  readonly itemId: number | null;
  /** 牵头单位 */
  readonly department: string;
  /** 中文: why a row stored by name has no id */
  readonly unmapped?: string | null;
}

export interface BoxItemProgress {
  /** the stored record's id (withdraw/restore name it) */
  readonly id?: number;
  readonly plan: string;
  readonly planId?: number | null;
  /** the 专栏 item's key when recorded (a label; identity is itemId) */
  readonly item: string;
  readonly itemId: number | null;
  readonly milestone: string;
  /** ISO date */
  readonly date: string;
  readonly note: string | null;
  readonly evidenceUrl: string | null;
  readonly recordedBy: string;
  readonly withdrawal?: Withdrawal | null;
  readonly unmapped?: string | null;
}

const itemColumn = (kind: ResponsibilityKind) => (kind === 'indicator' ? 'indicator_id' : 'box_item_id');
const responsibilitySelect = `SELECT plan, plan_id AS "planId", kind, item, COALESCE(indicator_id, box_item_id) AS "itemId", department, unmapped
  FROM responsibilities`;

/** Makes a department the lead of one indicator row or 专栏 item (by id); returns the one it replaced. */
export async function upsertResponsibility(sql: Sql, r: Responsibility & { itemId: number; planId: number }, by: string): Promise<Responsibility | undefined> {
  const column = itemColumn(r.kind);
  const [old] = await sql.query<Responsibility>(`${responsibilitySelect} WHERE ${column} = $1`, [r.itemId]);
  await sql.query(
    `INSERT INTO responsibilities (plan, plan_id, kind, item, ${column}, department, assigned_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (${column}) DO UPDATE SET department = $6, assigned_by = $7, assigned_at = now(), item = $4`,
    [String(r.planId), r.planId, r.kind, r.item, r.itemId, r.department, by],
  );
  return old;
}

/** Lead departments, those that could not be mapped to an id included (itemId null, unmapped says why). */
export async function selectResponsibilities(sql: Sql, filter: { planId?: number; department?: string }): Promise<Responsibility[]> {
  return sql.query<Responsibility>(
    `${responsibilitySelect} WHERE ($1::integer IS NULL OR plan_id = $1) AND ($2::text IS NULL OR department = $2) ORDER BY plan_id NULLS LAST, id`,
    [filter.planId ?? null, filter.department ?? null],
  );
}

export async function insertBoxItemProgress(sql: Sql, p: BoxItemProgress): Promise<number> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO box_item_progress (plan, plan_id, item, box_item_id, milestone, progress_date, note, evidence_url, recorded_by)
     VALUES ($1, $9, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [p.plan, p.item, p.itemId, p.milestone, p.date, p.note, p.evidenceUrl, p.recordedBy, Number(p.plan)],
  );
  return row.id;
}

const progressSelect = `SELECT id, plan, plan_id AS "planId", item, box_item_id AS "itemId", unmapped, milestone, to_char(progress_date, 'YYYY-MM-DD') AS date, note, evidence_url AS "evidenceUrl",
    recorded_by AS "recordedBy", ${withdrawalSql('g')} AS withdrawal FROM box_item_progress g`;

/** A plan's progress records by item and date; withdrawn ones only when asked. */
export async function selectBoxItemProgress(sql: Sql, planId: number, options: { includeWithdrawn?: boolean } = {}): Promise<BoxItemProgress[]> {
  return sql.query<BoxItemProgress>(
    `${progressSelect} WHERE plan_id = $1 AND ($2 OR withdrawn_at IS NULL) ORDER BY item, progress_date, id`,
    [planId, options.includeWithdrawn ?? false],
  );
}

export async function findBoxItemProgress(sql: Sql, id: number): Promise<BoxItemProgress | undefined> {
  return (await sql.query<BoxItemProgress>(`${progressSelect} WHERE id = $1`, [id]))[0];
}

export interface BoxItemRow {
  readonly id: number;
  readonly box: string;
  readonly title: string | null;
  readonly text: string;
  readonly line: number;
}

/** The 专栏 items of a plan in document order. */
export async function selectBoxItems(sql: Sql, planId: number): Promise<BoxItemRow[]> {
  return sql.query<BoxItemRow>(
    `SELECT i.id, b.title AS box, i.title, i.text, i.line FROM box_items i JOIN boxes b ON b.id = i.box_id
      WHERE b.plan_id = $1 ORDER BY b.seq, i.seq`,
    [planId],
  );
}
