import type { Sql } from './database.ts';

/** A hand fix of an extracted cell, name, category, unit or attribute; keyed so that it can be re-applied. */
export interface Correction {
  readonly id: number;
  readonly planId: number;
  readonly tableCaption: string;
  /** the row's name as extracted */
  readonly rowName: string;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string;
  readonly reason: string | null;
  readonly correctedBy: string;
  readonly correctedAt: string;
}

export type NewCorrection = Omit<Correction, 'id' | 'correctedAt'> & { readonly correctedAt?: string };

export async function insertCorrection(sql: Sql, c: NewCorrection): Promise<number> {
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO corrections (plan_id, table_caption, row_name, field, old_value, new_value, reason, corrected_by, corrected_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9::timestamptz, now())) RETURNING id`,
    [c.planId, c.tableCaption, c.rowName, c.field, c.oldValue, c.newValue, c.reason, c.correctedBy, c.correctedAt ?? null],
  );
  return row.id;
}

/** A plan's corrections in the order they were made. */
export async function listCorrections(sql: Sql, planId: number): Promise<Correction[]> {
  return sql.query<Correction>(
    `SELECT id, plan_id AS "planId", table_caption AS "tableCaption", row_name AS "rowName", field, old_value AS "oldValue",
       new_value AS "newValue", reason, corrected_by AS "correctedBy",
       to_char(corrected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "correctedAt"
     FROM corrections WHERE plan_id = $1 ORDER BY id`,
    [planId],
  );
}
