import type { Migration } from '../migrate.ts';

/** 目标任务分解: lead departments of indicators and 专栏 items, and the progress of 专栏 items. */
export const responsibilitiesMigration: Migration = {
  id: '061-responsibilities',
  async up(sql) {
    await sql.query(`CREATE TABLE responsibilities (
      plan text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('indicator', 'box-item')),
      item text NOT NULL,
      department text NOT NULL,
      assigned_by text NOT NULL,
      assigned_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (plan, kind, item)
    )`);
    await sql.query(`CREATE TABLE box_item_progress (
      id serial PRIMARY KEY,
      plan text NOT NULL,
      item text NOT NULL,
      milestone text NOT NULL,
      progress_date date NOT NULL,
      note text,
      evidence_url text,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`);
    await sql.query('CREATE INDEX box_item_progress_item ON box_item_progress (plan, item, progress_date)');
  },
};
