import type { Sql } from '../database.ts';

/** A record taken back (撤回): when, by whom and why. Nothing is deleted; clearing the mark restores it. */
export async function addWithdrawnColumns(sql: Sql, table: string): Promise<void> {
  await sql.query(`ALTER TABLE ${table} ADD COLUMN withdrawn_at timestamptz NULL, ADD COLUMN withdrawn_by text NULL,
    ADD COLUMN withdrawn_reason text NULL`);
}
