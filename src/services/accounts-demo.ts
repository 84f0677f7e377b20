import { readdirSync } from 'node:fs';
import type { Database } from '../storage/index.ts';
import { hasUsers, saveUser } from './accounts.ts';
import { listPlans } from './plans.ts';

export { openDatabase, locateDatabase } from '../storage/index.ts';

export const demoAdmin = { name: 'admin', password: 'plantrack-demo' } as const;

/**
 * `npm start`: an empty database gets the example plans (examplesDir/plans/*.txt) and observations
 * (examplesDir/data/observations.csv); a database without accounts gets the demo admin. A database
 * that already holds plans keeps its data.
 */
export async function loadDemo(db: Database, examplesDir: string, log: (line: string) => void): Promise<{ admin: typeof demoAdmin | null }> {
  if ((await listPlans(db)).length === 0) {
    const plans = readdirSync(`${examplesDir}/plans`).filter((f) => f.endsWith('.txt')).sort().map((f) => `${examplesDir}/plans/${f}`);
    const { importPlans } = await import('./import-plans.ts');
    const results = await importPlans(plans, { db, by: 'demo' });
    log(`已导入示例规划 ${results.filter((r) => r.status !== 'failed').length}/${plans.length} 个`);
    await importObservations(db, `${examplesDir}/data/observations.csv`, log);
  }
  if (await hasUsers(db)) return { admin: null };
  await saveUser(db, { ...demoAdmin, role: 'admin' });
  return { admin: demoAdmin };
}

/** The real observations of the examples; rows that match no region are skipped and counted. */
async function importObservations(db: Database, file: string, log: (line: string) => void) {
  const { importObservationsFile } = await import('./import-observations.ts');
  const report = await importObservationsFile(db, file, { by: 'demo', skipInvalid: true });
  log(`已载入示例监测数据 ${report.created + report.revised} 条${report.skipped ? `（跳过有问题的 ${report.skipped} 行）` : ''}`);
}
