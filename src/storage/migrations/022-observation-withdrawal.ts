import type { Migration } from '../migrate.ts';
import { addWithdrawnColumns } from './withdrawn-columns.ts';

/**
 * An observation can be withdrawn (撤回) and restored. Each is a new version of the row, so the
 * revisions keep the mark too: history shows which version was withdrawn, by whom and why.
 */
export const observationWithdrawalMigration: Migration = {
  id: '022-observation-withdrawal',
  async up(sql) {
    await addWithdrawnColumns(sql, 'observations');
    await addWithdrawnColumns(sql, 'observation_revisions');
  },
};
