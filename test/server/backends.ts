import type { TestContext } from 'node:test';
import { openDatabase, type Database } from '../../src/storage/index.ts';
import { createTestDatabase } from '../support/system.ts';

/** Every server test runs on the embedded database and on a PostgreSQL server. */
export const backends: Array<[string, (t: TestContext) => Promise<Database | undefined>]> = [
  ['PGlite', async () => openDatabase({ dataDir: 'memory://' })],
  [
    'PostgreSQL',
    async (t) => {
      const url = await createTestDatabase(t);
      return url ? openDatabase({ url }) : undefined;
    },
  ],
];
