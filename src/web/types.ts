import type { PlanEvaluation, IndicatorEvaluation, ProgressStatus, Value, OutlineNode, Box } from '../domain/index.ts';

export type { PlanEvaluation, IndicatorEvaluation, ProgressStatus, Value, OutlineNode, Box };

/** What /api/plans answers per plan (only the fields the web app reads). */
export interface PlanSummary {
  readonly id: number;
  readonly title: string | null;
  readonly region: string | null;
  readonly regionFullName: string | null;
  readonly sourceFile: string;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  readonly indicatorCount: number;
  readonly superseded?: boolean;
}

export interface OverviewRow {
  readonly plan: PlanSummary;
  readonly asOf: number;
  readonly summary: PlanEvaluation['summary'];
}

export interface PlanIndicatorRow {
  readonly id: number;
  readonly table: string | null;
  readonly tableKind: string | null;
  readonly name: string;
  readonly category: string | null;
  readonly unit: string | null;
  readonly attribute: string | null;
  readonly baseline: Value | null;
  readonly target: Value | null;
  readonly line: number;
  readonly catalogId: string | null;
  readonly latest: { year: number; value: number | null; raw: string | null; note: string | null } | null;
}

export interface SessionInfo {
  readonly user: { name: string; role: 'admin' | 'editor' | 'viewer'; department: string | null } | null;
  readonly csrfToken: string | null;
  readonly public: boolean;
}
