import type { Migration } from '../migrate.ts';

/**
 * The version of the terms a plan was indexed with (2: words and character bigrams). Rows of an
 * older index — this database before the migration, or a backup restored from before it — have
 * none, so the plan counts as not indexed and is indexed again on the next search: the index is
 * derived data and is never trusted across a change of what it holds.
 */
export const searchBigramsMigration: Migration = {
  id: '042-search-bigrams',
  async up(sql) {
    await sql.query('ALTER TABLE search_indexed_plans ADD COLUMN index_version integer NULL');
  },
};
