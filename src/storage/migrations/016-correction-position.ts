import type { Migration } from '../migrate.ts';

/**
 * A correction remembers where its row stood in its table (0-based, as read), so that a new version
 * of the plan (another format, a revised text) finds the matching row by table, name and position.
 */
export const correctionPositionMigration: Migration = {
  id: '016-correction-position',
  async up(sql) {
    await sql.query('ALTER TABLE corrections ADD COLUMN row_position integer NULL');
  },
};
