import type { Migration } from '../migrate.ts';

/**
 * Keep the passages' rows narrow: a search reads each candidate's length and text in the heap (the
 * order and the substring check), and never its term vector (the GIN index answers from its own
 * entries; whole words are tested on the text). With the terms inline (043) a row took ~2.2 kB, so
 * every candidate cost a page, and the toaster moved long texts, not the terms, out of line. Now
 * the terms go out of line (any row above 128 bytes) and the text stays in the row.
 */
export const searchHeapNarrowMigration: Migration = {
  id: '045-search-heap-narrow',
  async up(sql) {
    await sql.query(
      'ALTER TABLE search_passages ALTER COLUMN terms SET STORAGE EXTENDED, ALTER COLUMN text SET STORAGE MAIN, SET (toast_tuple_target = 128)',
    );
  },
};
