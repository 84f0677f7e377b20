import type { Migration } from '../migrate.ts';
import { addWithdrawnColumns } from './withdrawn-columns.ts';

/** A 专栏 progress record can be withdrawn (撤回) with a reason and restored; it is never deleted. */
export const progressWithdrawalMigration: Migration = {
  id: '069-progress-withdrawal',
  async up(sql) {
    await addWithdrawnColumns(sql, 'box_item_progress');
  },
};
