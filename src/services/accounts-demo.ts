import { readdirSync } from 'node:fs';
import type { Database } from '../storage/index.ts';
import { hasUsers, saveUser } from './accounts.ts';
import { importPlans } from './import-plans.ts';
import { listPlans } from './plans.ts';
import * as services from './index.ts';

export const demoAdmin = { name: 'admin', password: 'plantrack-demo' } as const;

/**
 * `npm start`: an empty database gets the example plans (examplesDir/plans/*.txt) and observations
 * (examplesDir/data/observations.csv); a database without accounts gets the demo admin. A database
 * that already holds plans keeps its data.
 */
export async function loadDemo(db: Database, examplesDir: string, log: (line: string) => void): Promise<{ admin: typeof demoAdmin | null }> {
  if ((await listPlans(db)).length === 0) {
    const plans = readdirSync(`${examplesDir}/plans`).filter((f) => f.endsWith('.txt')).sort().map((f) => `${examplesDir}/plans/${f}`);
    const results = await importPlans(plans, { db, by: 'demo' });
    log(`已导入示例规划 ${results.filter((r) => r.status !== 'failed').length}/${plans.length} 个`);
    await importObservations(db, `${examplesDir}/data/observations.csv`, log);
  }
  if (await hasUsers(db)) return { admin: null };
  await saveUser(db, { ...demoAdmin, role: 'admin' });
  return { admin: demoAdmin };
}

/** The observations side's file import, once it is exported from services. */
async function importObservations(db: Database, file: string, log: (line: string) => void) {
  const load = (services as Record<string, unknown>).importObservationsFile;
  if (typeof load !== 'function') return void log('提示：监测数据文件导入尚未就绪，未载入 examples/data/observations.csv');
  const report = (await load(db, file, { by: 'demo', skipInvalid: true })) as { imported?: number; stored?: number };
  log(`已载入示例监测数据 ${report.imported ?? report.stored ?? ''} 条`);
}
