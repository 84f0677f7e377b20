import type { MethodAppendix } from './appendix.ts';
import type { AxisRange } from './axis-range.ts';
import type { Findings } from './findings.ts';
import type { ProjectBoxRow } from './project-boxes.ts';
import type { CompletionStatus, EvaluationPhase, ProgressStatus, TargetForm, Warning } from '../domain/index.ts';

/** The evaluation's phase: 年度监测报告, 中期评估报告, or 总结评估报告 at the period's end. */
export type ReportKind = EvaluationPhase;

/** Where one published yearly value came from (an observation's source). */
export interface ValueSource {
  /** the indicator as the source names it (matched to the plan's like observations are) */
  readonly indicator: string;
  readonly year: number;
  readonly value: number | null;
  /** the unit the source printed; values are converted to the plan's unit when they differ by scale */
  readonly unit?: string | null;
  /** milestone word for qualitative targets */
  readonly milestone?: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly quote: string | null;
  readonly note: string | null;
}

export interface ReportCover {
  readonly title: string;
  readonly planTitle: string;
  readonly region: string | null;
  readonly period: { readonly start: number; readonly end: number } | null;
  readonly asOf: number;
  /** what the evaluation says of its as-of year and of observations left out (a later year clamped …) */
  readonly notices: readonly string[];
  /** 编制单位; null leaves a line to fill in */
  readonly preparedBy: string | null;
  /** e.g. 2026年11月22日 */
  readonly date: string;
}

export interface StatusCount {
  readonly status: ProgressStatus;
  readonly label: string;
  readonly count: number;
}

export interface ReportSummary {
  readonly total: number;
  readonly counts: StatusCount[];
  readonly warnings: { readonly red: number; readonly yellow: number };
  /** overall judgement in Chinese prose, generated from the counts */
  readonly judgement: string;
  /** the indicators ahead, behind and warned, named (进展滞后的指标：常住人口城镇化率（相对滞后）。) */
  readonly named: string[];
}

/** One row of the indicator table, every cell already printed. */
export interface IndicatorRow {
  readonly category: string;
  readonly name: string;
  readonly unit: string;
  readonly baseline: string;
  /** the target as printed (≥82, 6左右) */
  readonly target: string;
  /** 约束性 / 预期性 / '' */
  readonly attribute: string;
  /** e.g. 63.08（2022年） */
  readonly latest: string;
  /** 实际完成: the level judged, e.g. 年均6.59%（至2025年）, 累计21（至2025年）, 68.2（2025年） */
  readonly actual: string;
  /** the yearly path's value for the latest year (年度目标), e.g. 64.91（未达到） */
  readonly annualTarget: string;
  readonly completion: string;
  readonly timeProgress: string;
  readonly status: ProgressStatus;
  readonly label: string;
  readonly warning: Warning | null;
  readonly explanation: string;
}

export interface ChartPoint {
  readonly year: number;
  readonly value: number;
}

/** What one indicator's chart shows; rendered to SVG by renderChartSvg. */
export interface IndicatorChart {
  readonly indicator: string;
  readonly title: string;
  readonly unit: string;
  readonly form: TargetForm;
  readonly years: number[];
  /** 规划路径: the annual path from baseline to target */
  readonly path: ChartPoint[];
  /** 实际值 */
  readonly actuals: ChartPoint[];
  /** 预测: from the latest value to the forecast in the target year */
  readonly forecast: ChartPoint[];
  readonly target: ChartPoint | null;
  /** the value axis: round steps around the plotted values (every format draws the same axis) */
  readonly axis: AxisRange;
  readonly svg: string;
}

/** A lagging or binding indicator with how far it still has to go. */
export interface GapRow {
  readonly name: string;
  readonly attribute: string;
  readonly label: string;
  readonly warning: Warning | null;
  readonly latest: string;
  readonly target: string;
  /** target − latest, printed with its unit */
  readonly gap: string;
  /** the yearly change (or growth rate) still needed, in words */
  readonly neededPace: string;
  /** the evaluation's explanation: inputs and rule, so a reader can redo the judgement */
  readonly explanation: string;
  readonly gapValue: number | null;
  readonly neededPaceValue: number | null;
}

/** The previous plan's completion table as judged (总结评估 of a past plan). */
export interface CompletionSection {
  /** e.g. 上一规划期26项指标中，15项已完成、10项未完成、1项暂无数据。 */
  readonly summary: string;
  readonly rows: CompletionRow[];
}

export interface CompletionRow {
  readonly table: string;
  readonly name: string;
  readonly unit: string;
  readonly target: string;
  readonly actual: string;
  readonly status: CompletionStatus;
  readonly label: string;
}

export interface ProjectBox {
  readonly title: string;
  readonly line: number;
  readonly items: string[];
  /** the progress table: one row per item (project-boxes.ts) */
  readonly rows: ProjectBoxRow[];
}

export interface StatusRule {
  readonly status: ProgressStatus;
  readonly label: string;
  readonly rule: string;
}

/** Where a value printed in the report came from. */
export interface SourceEntry {
  readonly indicator: string;
  /** 规划文本 for a printed target, else the observation's year */
  readonly what: string;
  readonly value: string;
  readonly title: string;
  readonly url: string | null;
  readonly quote: string | null;
  readonly note: string | null;
}

/** The 年度监测/中期评估/总结评估 report as a view model: every renderer prints only this. */
export interface Report {
  readonly kind: ReportKind;
  readonly cover: ReportCover;
  readonly summary: ReportSummary;
  readonly indicators: IndicatorRow[];
  readonly charts: IndicatorChart[];
  readonly gaps: GapRow[];
  readonly completion: CompletionSection;
  /** 存在问题 and 下一步建议: drafted from the data, marked as a draft */
  readonly findings: Findings;
  readonly boxes: ProjectBox[];
  readonly appendix: { readonly method: MethodAppendix; readonly sources: SourceEntry[] };
}
