import type { Value } from './value.ts';

export type RegionLevel = 'province' | 'city' | 'district' | 'county' | 'development-zone';
export const regionLevelLabels: Readonly<Record<RegionLevel, string>> = { province: '省', city: '市', district: '区', county: '县', 'development-zone': '开发区' };
export type PlanKind = 'urbanization' | 'five-year-outline' | 'other';
/** 预期性 → expected, 约束性 → binding */
export type Attribute = 'expected' | 'binding';
export type TableKind = 'targets' | 'completion' | 'other';
export const tableKindLabels: Readonly<Record<TableKind, string>> = { targets: '目标表', completion: '完成情况表', other: '指标表' };

export interface PlanMeta {
  readonly title: string | null;
  readonly region: string | null;
  readonly regionLevel: RegionLevel | null;
  readonly parentRegion: string | null;
  readonly planKind: PlanKind;
  readonly period: { readonly start: number; readonly end: number } | null;
  readonly baseYear: number | null;
  readonly visionYear: number | null;
  readonly issuer: string | null;
  readonly docNumber: string | null;
  /** ISO date */
  readonly issuedDate: string | null;
}

export interface OutlineNode {
  readonly level: number;
  /** 第一篇, 第二章, 一、, （一）, 1. */
  readonly label: string;
  readonly title: string;
  readonly line: number;
  readonly children: OutlineNode[];
}

export interface IndicatorTable {
  readonly caption: string;
  readonly kind: TableKind;
  readonly line: number;
  readonly rows: number;
  /** 0–1: how well the chosen reading explains the printed table (plain text: scored candidates) */
  readonly confidence?: number;
}

/** One row of an indicator table, as printed. */
export interface Indicator {
  /** extra key: the stored row's id (a stored plan); absent for a document read on the fly */
  readonly rowId?: number;
  readonly table: string;
  /** the row's printed number (1), or its printed code as a string; null if none */
  readonly seq: number | string | null;
  readonly category: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly attribute: Attribute | null;
  /** extra key: the class as printed (预期性, 约束性, 基本, 推荐, 建议性 …); absent where none is printed */
  readonly attributeRaw?: string;
  readonly baseline: Value | null;
  readonly target: Value | null;
  /** completion tables only */
  readonly actual: Value | null;
  readonly annualGrowth: Value | null;
  readonly line: number;
  /** the name as read, when a person renamed the row in the import preview (corrections are keyed by it) */
  readonly sourceName?: string;
}

/** A quantified goal stated in the goals or 2035-outlook prose. */
export interface TextTarget {
  readonly indicator: string;
  readonly year: number | null;
  readonly target: Value;
  readonly line: number;
  readonly text: string;
}

export interface BoxItem {
  readonly title: string | null;
  readonly text: string;
  readonly line: number;
}

/** 专栏: a box of key projects or programmes. */
export interface Box {
  readonly title: string;
  readonly line: number;
  readonly items: BoxItem[];
}

/** A problem found in a document: data, never an exception. */
export interface DocumentIssue {
  readonly code: string;
  readonly severity: 'warning' | 'error';
  readonly message: string;
  readonly line: number | null;
  readonly excerpt: string | null;
}

/** The plan-extract/1 object. */
export interface PlanExtract {
  readonly schema: 'plan-extract/1';
  readonly source: { readonly file: string; readonly sha256: string; readonly chars: number };
  readonly plan: PlanMeta;
  readonly outline: OutlineNode[];
  readonly tables: IndicatorTable[];
  readonly indicators: Indicator[];
  readonly textTargets: TextTarget[];
  readonly boxes: Box[];
  /** extra key: located problems met while reading */
  readonly issues: DocumentIssue[];
}
