import type { Withdrawal } from '../domain/index.ts';
import type { Sql } from './database.ts';
import { withdrawalSql } from './plan-state.ts';

export type ResponsibilityKind = 'indicator' | 'box-item';

export interface Responsibility {
  readonly plan: string;
  readonly kind: ResponsibilityKind;
  /** indicator name, or the 专栏 item's key (box title / item title) */
  readonly item: string;
  /** 牵头单位 */
  readonly department: string;
}

export interface BoxItemProgress {
  /** the stored record's id (withdraw/restore name it) */
  readonly id?: number;
  readonly plan: string;
  readonly item: string;
  readonly milestone: string;
  /** ISO date */
  readonly date: string;
  readonly note: string | null;
  readonly evidenceUrl: string | null;
  readonly recordedBy: string;
  readonly withdrawal?: Withdrawal | null;
}

export async function upsertResponsibility(sql: Sql, r: Responsibility, by: string): Promise<Responsibility | undefined> {
  const [old] = await sql.query<Responsibility>(
    'SELECT plan, kind, item, department FROM responsibilities WHERE plan = $1 AND kind = $2 AND item = $3',
    [r.plan, r.kind, r.item],
  );
  await sql.query(
    `INSERT INTO responsibilities (plan, kind, item, department, assigned_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (plan, kind, item) DO UPDATE SET department = $4, assigned_by = $5, assigned_at = now()`,
    [r.plan, r.kind, r.item, r.department, by],
  );
  return old;
}

export async function selectResponsibilities(sql: Sql, filter: { plan?: string; department?: string }): Promise<Responsibility[]> {
  return sql.query<Responsibility>(
    `SELECT plan, kind, item, department FROM responsibilities
      WHERE ($1::text IS NULL OR plan = $1) AND ($2::text IS NULL OR department = $2) ORDER BY plan, kind, item`,
    [filter.plan ?? null, filter.department ?? null],
  );
}

export async function insertBoxItemProgress(sql: Sql, p: BoxItemProgress): Promise<number> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO box_item_progress (plan, item, milestone, progress_date, note, evidence_url, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [p.plan, p.item, p.milestone, p.date, p.note, p.evidenceUrl, p.recordedBy],
  );
  return row.id;
}

const progressSelect = `SELECT id, plan, item, milestone, to_char(progress_date, 'YYYY-MM-DD') AS date, note, evidence_url AS "evidenceUrl",
    recorded_by AS "recordedBy", ${withdrawalSql('g')} AS withdrawal FROM box_item_progress g`;

/** A plan's progress records by item and date; withdrawn ones only when asked. */
export async function selectBoxItemProgress(sql: Sql, plan: string, options: { includeWithdrawn?: boolean } = {}): Promise<BoxItemProgress[]> {
  return sql.query<BoxItemProgress>(`${progressSelect} WHERE plan = $1 AND ($2 OR withdrawn_at IS NULL) ORDER BY item, progress_date, id`, [plan, options.includeWithdrawn ?? false]);
}

export async function findBoxItemProgress(sql: Sql, id: number): Promise<BoxItemProgress | undefined> {
  return (await sql.query<BoxItemProgress>(`${progressSelect} WHERE id = $1`, [id]))[0];
}

export interface BoxItemRow {
  readonly box: string;
  readonly title: string | null;
  readonly text: string;
  readonly line: number;
}

/** The 专栏 items of a plan in document order. */
export async function selectBoxItems(sql: Sql, planId: number): Promise<BoxItemRow[]> {
  return sql.query<BoxItemRow>(
    `SELECT b.title AS box, i.title, i.text, i.line FROM box_items i JOIN boxes b ON b.id = i.box_id
      WHERE b.plan_id = $1 ORDER BY b.seq, i.seq`,
    [planId],
  );
}
