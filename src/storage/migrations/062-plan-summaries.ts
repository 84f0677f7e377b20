import type { Migration } from '../migrate.ts';

/**
 * The overview's precomputed status counts per plan, with the audit_log id they were computed at:
 * any later write names what it touched, so only those plans are evaluated again.
 */
export const planSummariesMigration: Migration = {
  id: '062-plan-summaries',
  async up(sql) {
    await sql.query(`CREATE TABLE plan_summaries (
      plan_id integer PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
      as_of integer NOT NULL,
      summary jsonb NOT NULL,
      audit_id integer NOT NULL,
      computed_at timestamptz NOT NULL DEFAULT now()
    )`);
  },
};
