import { catalogBounds } from '../../domain/catalog/index.ts';
import type { Migration } from '../migrate.ts';

/** A catalogue entry's own value range (人均预期寿命 50–100 岁), which validation enforces where set. */
export const catalogBoundsMigration: Migration = {
  id: '021-catalog-bounds',
  async up(sql) {
    await sql.query('ALTER TABLE catalog_entries ADD COLUMN min_value double precision NULL, ADD COLUMN max_value double precision NULL');
    for (const [id, bounds] of Object.entries(catalogBounds)) {
      await sql.query('UPDATE catalog_entries SET min_value = $2, max_value = $3 WHERE id = $1', [id, bounds.min, bounds.max]);
    }
  },
};
