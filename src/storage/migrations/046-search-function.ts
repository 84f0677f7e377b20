import type { Migration } from '../migrate.ts';
import { ensureSearchFunction } from '../search-function.ts';

/** The search candidates' function (search-function.ts); later changes to it are made on opening, not here. */
export const searchFunctionMigration: Migration = {
  id: '046-search-function',
  up: (sql) => ensureSearchFunction(sql),
};
