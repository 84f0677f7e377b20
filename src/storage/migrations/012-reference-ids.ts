import type { Migration } from '../migrate.ts';
import { linkReferences } from '../reference-links.ts';

/**
 * Lead departments (牵头单位) and 专栏 progress records point at their plan, indicator row or 专栏 item
 * by id with foreign keys, no longer by printed name or item key. Rows stored before are mapped by
 * name/key (reference-links.ts); one that cannot be mapped keeps its name, gets no id, and says why in
 * `unmapped` (and in the audit log) instead of being dropped. A row whose indicator disappears on
 * re-reading keeps its name (ON DELETE SET NULL) and is linked again by the same rule.
 * Runs after 069: the tables it changes come from the 060 range.
 */
export const referenceIdsMigration: Migration = {
  id: '012-reference-ids',
  after: '069-progress-withdrawal',
  async up(sql) {
    for (const statement of statements) await sql.query(statement);
    const unmapped = await linkReferences(sql, null);
    for (const u of unmapped) {
      await sql.query(
        `INSERT INTO audit_log (actor, action, entity, entity_id, old_value, new_value) VALUES ('迁移 012', 'unmapped', $1, $2, $3::jsonb, NULL)`,
        [u.table, String(u.id), JSON.stringify({ plan: u.plan, item: u.item, message: u.message })],
      );
    }
  },
};

const statements = [
  'ALTER TABLE responsibilities DROP CONSTRAINT responsibilities_pkey',
  `ALTER TABLE responsibilities ADD COLUMN id serial PRIMARY KEY,
    ADD COLUMN plan_id integer NULL REFERENCES plans(id),
    ADD COLUMN indicator_id integer NULL REFERENCES indicators(id) ON DELETE SET NULL,
    ADD COLUMN box_item_id integer NULL REFERENCES box_items(id) ON DELETE SET NULL,
    ADD COLUMN unmapped text NULL,
    ADD CONSTRAINT responsibilities_one_item CHECK (indicator_id IS NULL OR box_item_id IS NULL),
    ADD CONSTRAINT responsibilities_kind_item CHECK ((kind = 'indicator' AND box_item_id IS NULL) OR (kind = 'box-item' AND indicator_id IS NULL))`,
  'CREATE UNIQUE INDEX responsibilities_indicator ON responsibilities (indicator_id)',
  'CREATE UNIQUE INDEX responsibilities_box_item ON responsibilities (box_item_id)',
  'CREATE INDEX responsibilities_plan ON responsibilities (plan_id)',
  `ALTER TABLE box_item_progress ADD COLUMN plan_id integer NULL REFERENCES plans(id),
    ADD COLUMN box_item_id integer NULL REFERENCES box_items(id) ON DELETE SET NULL,
    ADD COLUMN unmapped text NULL`,
  'CREATE INDEX box_item_progress_box_item ON box_item_progress (box_item_id, progress_date)',
];
