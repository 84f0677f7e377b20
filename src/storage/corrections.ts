import type { Withdrawal } from '../domain/index.ts';
import type { Sql } from './database.ts';
import { withdrawalSql } from './plan-state.ts';

/** A hand fix of an extracted cell, name, category, unit or attribute; keyed so that it can be re-applied. */
export interface Correction {
  readonly id: number;
  readonly planId: number;
  readonly tableCaption: string;
  /** the row's name as extracted */
  readonly rowName: string;
  /** the row's place in its table as read (0-based); null for plan-level fixes and older corrections */
  readonly rowPosition?: number | null;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string;
  readonly reason: string | null;
  readonly correctedBy: string;
  readonly correctedAt: string;
  /** taken back (撤回): no longer applied, kept in the history */
  readonly withdrawal?: Withdrawal | null;
}

export type NewCorrection = Omit<Correction, 'id' | 'correctedAt' | 'withdrawal'> & { readonly correctedAt?: string };

export async function insertCorrection(sql: Sql, c: NewCorrection): Promise<number> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO corrections (plan_id, table_caption, row_name, row_position, field, old_value, new_value, reason, corrected_by, corrected_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, COALESCE($10::timestamptz, now())) RETURNING id`,
    [c.planId, c.tableCaption, c.rowName, c.rowPosition ?? null, c.field, c.oldValue, c.newValue, c.reason, c.correctedBy, c.correctedAt ?? null],
  );
  return row.id;
}

const correctionSelect = `SELECT id, plan_id AS "planId", table_caption AS "tableCaption", row_name AS "rowName", row_position AS "rowPosition", field,
    old_value AS "oldValue", new_value AS "newValue", reason, corrected_by AS "correctedBy",
    to_char(corrected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "correctedAt", ${withdrawalSql('c')} AS withdrawal
  FROM corrections c`;

/** A plan's corrections in the order they were made; withdrawn ones only when asked. */
export async function listCorrections(sql: Sql, planId: number, options: { includeWithdrawn?: boolean } = {}): Promise<Correction[]> {
  return sql.query<Correction>(`${correctionSelect} WHERE plan_id = $1 AND ($2 OR withdrawn_at IS NULL) ORDER BY id`, [planId, options.includeWithdrawn ?? false]);
}

export async function findCorrection(sql: Sql, id: number): Promise<Correction | undefined> {
  return (await sql.query<Correction>(`${correctionSelect} WHERE id = $1`, [id]))[0];
}

/** Every correction, withdrawn or not, of one field of one row (table, extracted name), oldest first. */
export async function listFieldCorrections(sql: Sql, c: Pick<Correction, 'planId' | 'tableCaption' | 'rowName' | 'field'>): Promise<Correction[]> {
  return sql.query<Correction>(
    `${correctionSelect} WHERE plan_id = $1 AND table_caption = $2 AND row_name = $3 AND field = $4 ORDER BY id`,
    [c.planId, c.tableCaption, c.rowName, c.field],
  );
}
