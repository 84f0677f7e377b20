import type { Value } from './value.ts';

// What the succession of a region's plans (十四五 → 十五五) answers: shared by services and the web.

export interface PlanBrief {
  readonly id: number;
  readonly title: string | null;
  readonly region: string | null;
  readonly period: string | null;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
}

export interface SuccessionSide {
  readonly id: number;
  readonly name: string;
  readonly unit: string | null;
  readonly baseline: Value | null;
  readonly target: Value | null;
}

/** One indicator across two consecutive plans of a region. */
export interface SuccessionRow {
  /** catalogue id, or name:… for a name no entry knows */
  readonly key: string;
  readonly earlier: SuccessionSide | null;
  readonly later: SuccessionSide | null;
  /** the earlier plan's final-year observation (2025 for 十四五), in the later row's unit */
  readonly earlierFinal: { readonly year: number; readonly value: number | null; readonly raw: string } | null;
  /** the later plan's baseline differs from that observation, or there is none to compare */
  readonly note: string | null;
}

/** 十四五 → 十五五: what the later plan carries over, adds and drops. */
export interface SuccessionLink {
  readonly earlier: PlanBrief;
  readonly later: PlanBrief;
  readonly carried: SuccessionRow[];
  readonly added: SuccessionRow[];
  readonly dropped: SuccessionRow[];
}

export interface PlanSuccession {
  readonly plan: PlanBrief;
  /** the plan this one succeeds (same region and kind, the period just before) */
  readonly previous: SuccessionLink | null;
  /** the plan that succeeds this one */
  readonly next: SuccessionLink | null;
}
