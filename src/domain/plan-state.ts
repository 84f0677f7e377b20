import type { DocumentIssue } from './plan.ts';

/**
 * Where a stored plan version stands. Only a current one counts in the overview, comparisons,
 * cascade and search; a draft (待核对) waits for a person to confirm it; a withdrawn one (已撤回) is
 * kept with its reason and can be restored; a superseded one has a newer confirmed version.
 */
export type PlanState = 'current' | 'superseded' | 'draft' | 'withdrawn';

export const planStateLabels: Readonly<Record<PlanState, string>> = {
  current: '现行', superseded: '旧版本', draft: '待核对', withdrawn: '已撤回',
};

/** Whether a person has confirmed what was read: a draft is not monitored until then. */
export type PlanReview = 'draft' | 'confirmed';

/** What a reading must have to count without a person checking it first. */
export interface PlanReading {
  readonly title: string | null;
  readonly region: string | null;
  readonly period: { readonly start: number; readonly end: number } | null;
  /** indicator tables read (the text targets' pseudo-table not counted) */
  readonly tables: number;
  readonly issues: readonly DocumentIssue[];
}

/** Why a reading is a draft, in words a planner can act on; empty when it may count as read. */
export function draftReasons(reading: PlanReading): string[] {
  const reasons: string[] = [];
  if (!reading.title) reasons.push('未识别规划标题');
  if (!reading.region) reasons.push('未识别地区');
  if (!reading.period) reasons.push('未识别规划期（如“2021—2025年”），无法评估');
  if (!reading.tables) reasons.push('没有读到指标表');
  for (const issue of reading.issues) if (issue.severity === 'error') reasons.push(issue.message);
  return reasons;
}

/** Why `import --yes` refuses a reading outright (a person must look at it, or store it with --draft). */
export function refusalReasons(reading: Pick<PlanReading, 'period' | 'tables'>): string[] {
  const reasons: string[] = [];
  if (!reading.period) reasons.push('未识别规划期（如“2021—2025年”）');
  if (!reading.tables) reasons.push('没有读到指标表');
  return reasons;
}

/** Who withdrew a record (撤回), when and why; null while it counts. */
export interface Withdrawal {
  readonly at: string;
  readonly by: string;
  readonly reason: string;
}

/** The records that can be withdrawn and restored, never deleted. */
export type WithdrawableKind = 'plan' | 'observation' | 'correction' | 'box-progress';

export const withdrawableLabels: Readonly<Record<WithdrawableKind, string>> = {
  plan: '规划版本', observation: '监测值', correction: '更正', 'box-progress': '专栏进展记录',
};
