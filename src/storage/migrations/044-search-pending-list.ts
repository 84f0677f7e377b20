import type { Migration } from '../migrate.ts';

/**
 * New index entries wait in the GIN index's pending list until it is merged into the index, and
 * every search reads that whole list: with the default 4 MB it cost PGlite (which never runs
 * autovacuum to merge it) ~14 ms per look-up at 200 plans. A 256 kB list is merged more often and
 * costs little to read; indexing merges it at the end of a batch (indexPendingPlans).
 */
export const searchPendingListMigration: Migration = {
  id: '044-search-pending-list',
  async up(sql) {
    await sql.query('ALTER INDEX search_passages_terms SET (gin_pending_list_limit = 256)');
  },
};
