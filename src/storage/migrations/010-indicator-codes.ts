import type { Migration } from '../migrate.ts';

/**
 * A row's printed number may be a code (A-01 in a 国土空间 指标体系): row_number becomes text (plain
 * numbers are read back as numbers, see indicators.ts). attribute_raw keeps the class as printed
 * (基本, 推荐, 建议性), which `attribute` (expected | binding) cannot hold.
 */
export const indicatorCodesMigration: Migration = {
  id: '010-indicator-codes',
  async up(sql) {
    await sql.query('ALTER TABLE indicators ALTER COLUMN row_number TYPE text USING row_number::text');
    await sql.query('ALTER TABLE indicators ADD COLUMN attribute_raw text NULL');
  },
};
