import type { Database } from '../storage/index.ts';
import { selectResponsibilities } from '../storage/responsibilities.ts';
import { listCatalog } from './catalog.ts';
import { latestObservations } from './observations.ts';
import { listPlans } from './plans.ts';
import { getPlanIndicators } from './show-plan.ts';
import { listBoxItems } from './responsibilities.ts';

export type TaskState = 'stale' | 'due' | 'current';

export interface DepartmentTask {
  readonly plan: string;
  readonly planTitle: string | null;
  readonly kind: 'indicator' | 'box-item';
  readonly item: string;
  /** the indicator row's or 专栏 item's id */
  readonly itemId: number;
  readonly department: string;
  /** latest year with a value (indicators) */
  readonly lastYear: number | null;
  /** latest progress word (专栏 items) */
  readonly milestone: string | null;
  readonly state: TaskState;
}

/**
 * What each lead department (牵头单位) must report, worst first. An indicator's department is the plan's
 * own assignment, else the catalogue's. It is current with a value for last year, due when only the
 * year before has one (this year's report is expected), stale otherwise. A 专栏 item is current with
 * progress recorded this year, stale without.
 */
export async function listDepartmentTasks(db: Database, filter: { department?: string; now?: Date } = {}): Promise<DepartmentTask[]> {
  const lastYear = (filter.now ?? new Date()).getFullYear() - 1;
  const [plans, catalog, assigned] = await Promise.all([listPlans(db), listCatalog(db), selectResponsibilities(db, {})]);
  const catalogDepartment = new Map(catalog.filter((e) => e.department).map((e) => [e.id, e.department]));
  const tasks: DepartmentTask[] = [];
  for (const plan of plans.filter((p) => p.state === 'current')) {
    const own = new Map(assigned.filter((a) => a.planId === plan.id && a.kind === 'indicator').map((a) => [a.itemId, a.department]));
    const { indicators } = await getPlanIndicators(db, String(plan.id), latestObservations);
    for (const indicator of indicators.filter((i) => i.tableKind !== 'completion')) {
      const department = own.get(indicator.id) ?? (indicator.catalogId ? catalogDepartment.get(indicator.catalogId) : undefined);
      if (!department) continue;
      const year = indicator.latest?.year ?? null;
      const state: TaskState = year !== null && year >= lastYear ? 'current' : year === lastYear - 1 ? 'due' : 'stale';
      tasks.push({ plan: String(plan.id), planTitle: plan.title, kind: 'indicator', item: indicator.name, itemId: indicator.id, department, lastYear: year, milestone: null, state });
    }
    for (const box of await listBoxItems(db, String(plan.id))) {
      if (!box.department) continue;
      const latest = box.progress.at(-1);
      const state: TaskState = latest && Number(latest.date.slice(0, 4)) > lastYear ? 'current' : 'stale';
      tasks.push({ plan: String(plan.id), planTitle: plan.title, kind: 'box-item', item: box.key, itemId: box.id, department: box.department, lastYear: null, milestone: latest?.milestone ?? null, state });
    }
  }
  const order: Record<TaskState, number> = { stale: 0, due: 1, current: 2 };
  return tasks.filter((t) => !filter.department || t.department === filter.department).sort((a, b) => order[a.state] - order[b.state] || a.department.localeCompare(b.department));
}
