import type { Migration } from '../migrate.ts';

/**
 * A passage's length beside its terms: candidates for ranking are the shortest matches (headings,
 * 专栏 titles, indicator rows, short paragraphs — what the final score prefers anyway), sorted on this
 * integer instead of computing ts_rank over every match of a word found in most plans.
 */
export const searchOrderMigration: Migration = {
  id: '041-search-order',
  async up(sql) {
    await sql.query('ALTER TABLE search_passages ADD COLUMN chars integer NOT NULL DEFAULT 0');
    await sql.query('UPDATE search_passages SET chars = length(text)');
  },
};
