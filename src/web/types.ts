import type { PlanEvaluation, IndicatorEvaluation, ProgressStatus, Value, OutlineNode, Box, Grant, PlanState, Withdrawal } from '../domain/index.ts';

export type { PlanEvaluation, IndicatorEvaluation, ProgressStatus, Value, OutlineNode, Box };
export type { UploadReport, UploadRow } from '../server/api-types.ts';

/** What /api/plans answers per plan (only the fields the web app reads). */
export interface PlanSummary {
  readonly id: number;
  readonly title: string | null;
  readonly region: string | null;
  readonly regionFullName: string | null;
  readonly regionId?: number | null;
  readonly sourceFile: string;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  readonly indicatorCount: number;
  readonly superseded?: boolean;
  /** only a current plan counts; a draft (待核对) waits to be confirmed */
  readonly state: PlanState;
  readonly version: number;
  /** why the reading needs checking */
  readonly reviewNotes: string[];
  readonly withdrawal: Withdrawal | null;
}

export interface OverviewRow {
  readonly plan: PlanSummary;
  readonly asOf: number | null;
  readonly summary: PlanEvaluation['summary'] | null;
  /** why this plan could not be evaluated; the other rows still are */
  readonly error: string | null;
}

export interface PlanIndicatorRow {
  readonly id: number;
  readonly table: string | null;
  readonly tableKind: string | null;
  readonly name: string;
  readonly category: string | null;
  readonly unit: string | null;
  /** the row's printed number, or its code */
  readonly rowNumber: number | string | null;
  readonly attribute: string | null;
  /** the class as printed (基本, 推荐, 建议性 …) */
  readonly attributeRaw: string | null;
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
  /** what an editor may write (GET /api/permissions): forms show only where they can be used */
  readonly grants?: readonly Grant[];
}

/** GET /api/search */
export interface SearchHit {
  readonly plan: { readonly id: number; readonly title: string | null; readonly region: string | null };
  readonly kind: 'paragraph' | 'box-item' | 'indicator';
  readonly chapter: string;
  readonly line: number;
  readonly text: string;
  readonly highlighted: ReadonlyArray<{ readonly text: string; readonly match: boolean }>;
  readonly score: number;
}

export interface SearchResult {
  readonly query: string;
  readonly terms: string[];
  readonly hits: SearchHit[];
}

/** GET /api/compare */
export interface ComparedIndicator {
  readonly plan: { readonly id: number; readonly title: string | null };
  readonly region: string | null;
  readonly printedName: string;
  readonly match: string;
  readonly unit: string | null;
  readonly baseline: Value | null;
  readonly target: Value | null;
  readonly latest: { readonly year: number; readonly value: number | null } | null;
  readonly status: ProgressStatus | null;
  readonly label: string | null;
  readonly line: number;
}

export interface IndicatorComparison {
  readonly query: string;
  readonly entry: { readonly id: string; readonly name: string; readonly unit: string | null; readonly synonyms: string[] } | null;
  readonly rows: ComparedIndicator[];
}

/** GET /api/cascade */
export interface PlanCascade {
  readonly child: { readonly id: number; readonly title: string | null; readonly region: string | null };
  readonly parent: { readonly id: number; readonly title: string | null; readonly region: string | null };
  readonly shared: Array<{ name: string; parentName: string; unit: string | null; direction: 1 | -1; parentTarget: Value | null; childTarget: Value | null; weaker: boolean; note: string | null }>;
  readonly missing: Array<{ name: string; unit: string | null; target: Value | null; line: number }>;
  readonly boxTopics: Array<{ box: string; topic: string; line: number; mentioned: boolean; childLine: number | null }>;
}

/** GET /api/topics */
export interface TopicComparison {
  readonly topics: string[];
  readonly plans: Array<{
    readonly id: number;
    readonly title: string | null;
    readonly region: string | null;
    readonly topics: Array<{ topic: string; passages: number; share: number; targets: Array<{ name: string; raw: string; line: number }> }>;
  }>;
}

export interface RegionSummary {
  readonly id: number;
  readonly name: string;
  readonly fullName: string;
  readonly parentId: number | null;
}

/** GET /api/plans/{plan}/succession (services/plan-succession.ts). */
export type { PlanBrief, SuccessionSide, SuccessionRow, SuccessionLink, PlanSuccession } from '../domain/index.ts';
