import type { Migration } from '../migrate.ts';

/**
 * The order a search reads passages in: each step of the walk (search-function.ts) takes one length
 * class's matches and sorts them by (chars, id), one heap page per row when the rows lie in the order
 * they were indexed (plan by plan). Marked as the table's clustering index, so a bulk index can put the
 * rows in this order (search-passage-order.ts): a class's rows then share pages — at 2,000 plans 专栏's
 * step read 1,443 pages instead of 5,219 (57 → 13 ms executing).
 */
export const searchPassageOrderMigration: Migration = {
  id: '047-search-passage-order',
  async up(sql) {
    await sql.query('CREATE INDEX search_passages_order ON search_passages (chars, id)');
    await sql.query('ALTER TABLE search_passages CLUSTER ON search_passages_order');
  },
};
