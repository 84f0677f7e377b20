import type { Migration } from '../migrate.ts';

/**
 * Keep a passage's terms inside its row (compressed) rather than in the TOAST table: ranking tests
 * whole words on every candidate's terms, and fetching each vector from TOAST cost more than the
 * index lookup itself. Rows written before keep their storage until their plan is indexed again
 * (index version 3, with length classes, re-indexes every plan).
 */
export const searchTermsInlineMigration: Migration = {
  id: '043-search-terms-inline',
  async up(sql) {
    await sql.query('ALTER TABLE search_passages ALTER COLUMN terms SET STORAGE MAIN');
  },
};
