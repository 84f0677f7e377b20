import type { OutlineNode } from '../domain/index.ts';
import type { Database } from '../storage/index.ts';
import { selectAudit, selectOutline, selectPlanLines, type AuditRow, type OutlineRow, type PlanLine } from '../storage/overview-queries.ts';
import { getPlan } from './plans.ts';

export type { AuditRow, PlanLine };
export { listRegions } from '../storage/index.ts';

/** The plan's text as stored, line by line (what the web reader and the indicator page show). */
export async function getPlanLines(db: Database, ref: string, range: { from?: number; to?: number } = {}): Promise<PlanLine[]> {
  const plan = await getPlan(db, ref);
  return selectPlanLines(db, plan.id, range.from ?? 1, range.to ?? 1_000_000);
}

/** The plan's heading tree. */
export async function getPlanOutline(db: Database, ref: string): Promise<OutlineNode[]> {
  const plan = await getPlan(db, ref);
  return buildTree(await selectOutline(db, plan.id));
}

function buildTree(rows: readonly OutlineRow[]): OutlineNode[] {
  const nodes = new Map(rows.map((r) => [r.id, { level: r.level, label: r.label, title: r.title, line: r.line, children: [] as OutlineNode[] }]));
  const roots: OutlineNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The newest entries of the audit trail: who, when, what, old → new. */
export async function listAudit(db: Database, filter: { entity?: string; limit?: number } = {}): Promise<AuditRow[]> {
  return selectAudit(db, { entity: filter.entity, limit: filter.limit ?? 200 });
}
